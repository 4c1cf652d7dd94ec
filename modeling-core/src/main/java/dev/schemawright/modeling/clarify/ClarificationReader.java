package dev.schemawright.modeling.clarify;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.explain.Questions;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the answers in a run's clarifications: every statement of a clarifications document (in or out of scope, since
 * such documents often sit under "Open questions" headings), and "Q:"/"A:" lines or question ids anywhere else. A
 * question ("Q: ...", or a sentence ending in '?') is answered by the statements after it, up to the next question or
 * heading; a question and its answer on one line or in one table row are one answer.
 */
public final class ClarificationReader {
    private static final Pattern QUESTION_MARK = Pattern.compile("^(?:q|question)\\s*\\d*\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER_MARK = Pattern.compile("^(?:a|answer)\\s*\\d*\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    /** After an id at the start of an answer: "q-parent-card-deck: no, ...", "q-m2m-card_tag — yes". */
    private static final Pattern AFTER_ID = Pattern.compile("^[\\s:=—–\\-.)]+");
    private static final List<String> QUESTION_KEYS = List.of("q", "question", "id", "question id", "open question");
    private static final List<String> ANSWER_KEYS = List.of("a", "answer", "response", "decision", "resolution");

    private ClarificationReader() {
    }

    /** The run's clarifications, read once and shared by the passes that apply them. */
    public static List<Clarification> of(DesignContext ctx) {
        return ctx.remember("clarifications", () -> read(ctx.intake()));
    }

    public static List<Clarification> read(Intake intake) {
        List<Clarification> out = new ArrayList<>();
        for (List<Statement> document : intake.documents().values()) {
            boolean clarifications = document.stream().anyMatch(s -> s.role() == DocumentRole.CLARIFICATIONS);
            String pendingId = null;
            String pending = "";
            boolean first = false;
            for (Statement s : document) {
                if (s.isHeading()) {
                    pendingId = null;
                    pending = "";
                    continue;
                }
                String text = s.text().strip();
                String q = facet(s.facets(), QUESTION_KEYS);
                String a = facet(s.facets(), ANSWER_KEYS);
                if (q != null && a != null) {
                    out.add(answer(s.id(), questionId(q + " " + a), q, a, true));
                    pendingId = null;
                    pending = "";
                    continue;
                }
                Matcher qm = QUESTION_MARK.matcher(text);
                Matcher am = ANSWER_MARK.matcher(text);
                boolean asks = qm.lookingAt();
                boolean answers = am.lookingAt();
                if (!clarifications && !asks && !answers && questionId(text) == null) {
                    continue; // elsewhere only explicit Q:/A: lines and question ids answer anything
                }
                if (asks || !answers && text.indexOf('?') >= 0) {
                    String body = asks ? text.substring(qm.end()) : text;
                    int mark = body.indexOf('?');
                    if (mark >= 0 && !body.substring(mark + 1).isBlank()) {
                        // "Can a card belong to more than one deck? Yes." answers itself
                        out.add(answer(s.id(), questionId(body), body.substring(0, mark + 1), body.substring(mark + 1), true));
                        pendingId = null;
                        pending = "";
                    } else {
                        pendingId = questionId(body);
                        pending = body;
                        first = true;
                    }
                    continue;
                }
                String answer = answers ? text.substring(am.end()) : text;
                String ownId = questionId(answer);
                out.add(answer(s.id(), ownId != null ? ownId : pendingId, ownId != null ? "" : pending, answer, ownId != null || first));
                first = false;
            }
        }
        return List.copyOf(out);
    }

    private static Clarification answer(String source, String questionId, String question, String answer, boolean first) {
        String a = answer.strip();
        if (questionId != null) {
            // the id is the subject, not part of what was answered
            int at = lower(a).indexOf(questionId);
            if (at >= 0 && a.substring(0, at).isBlank()) {
                a = AFTER_ID.matcher(a.substring(at + questionId.length())).replaceFirst("");
            }
        }
        return new Clarification(source, questionId == null ? null : Questions.canonical(questionId), question.strip(), a.strip(), first);
    }

    private static String questionId(String text) {
        Matcher m = Questions.ID.matcher(lower(text));
        return m.find() ? m.group() : null;
    }

    private static String facet(Map<String, String> facets, List<String> keys) {
        for (Map.Entry<String, String> f : facets.entrySet()) {
            if (keys.contains(lower(f.getKey()).strip()) && !f.getValue().isBlank()) {
                return f.getValue().strip();
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

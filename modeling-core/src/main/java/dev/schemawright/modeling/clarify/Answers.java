package dev.schemawright.modeling.clarify;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.clarify.Claim.Aspect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the answer passes share: their claims grouped by subject, the answered-question ledger in the model, diagnostics. */
final class Answers {
    static final String NOT_APPLIED = "clarification-not-applied";

    private Answers() {
    }

    /** Claims of one aspect family, grouped by {@code subject} in the order the documents make them. */
    static Map<String, List<Claim>> grouped(DesignContext ctx, SchemaModel m, Predicate<Aspect> aspects, Function<Claim, String> subject) {
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        List<Clarification> clarifications = ClarificationReader.of(ctx);
        if (clarifications.isEmpty()) {
            return out;
        }
        AnswerInterpreter reader = new AnswerInterpreter(m);
        for (Clarification c : clarifications) {
            for (Claim k : reader.claims(c)) {
                if (aspects.test(k.aspect())) {
                    out.computeIfAbsent(subject.apply(k), s -> new ArrayList<>()).add(k);
                }
            }
        }
        return out;
    }

    /** Was this answer already applied (the pass ran before): the model records it under {@code questionId}. */
    static boolean applied(SchemaModel m, String questionId, String source) {
        return m.openQuestions().stream().anyMatch(q -> q.answered() && q.id().equals(questionId) && q.answeredBy().contains(source));
    }

    static List<String> sources(List<Claim> claims) {
        return claims.stream().map(Claim::source).distinct().toList();
    }

    /** Adds an answered question, or merges into the one with its id (an open one becomes answered). */
    static SchemaModel answered(SchemaModel m, OpenQuestion q) {
        List<OpenQuestion> out = new ArrayList<>(m.openQuestions());
        for (int i = 0; i < out.size(); i++) {
            OpenQuestion old = out.get(i);
            if (old.id().equals(q.id())) {
                List<String> by = new ArrayList<>(old.answeredBy());
                q.answeredBy().stream().filter(s -> !by.contains(s)).forEach(by::add);
                out.set(i, old.withAnswer(q.answer(), by));
                return m.withOpenQuestions(out);
            }
        }
        out.add(q);
        return m.withOpenQuestions(out);
    }

    /** Answers that disagree on one aspect of one subject (several / one, shared / private): the later one is applied, and the model says so. */
    static SchemaModel conflicts(SchemaModel m, List<Claim> claims, String subject) {
        SchemaModel out = m;
        for (Aspect aspect : List.of(Aspect.CARDINALITY, Aspect.OPTIONALITY, Aspect.SHARING)) {
            List<Claim> said = claims.stream().filter(k -> k.aspect() == aspect).toList();
            if (said.stream().map(Claim::verdict).distinct().count() > 1) {
                out = diagnose(out, Severity.INFO, "clarification-conflict", "Answers disagree about " + subject + "; the last one ("
                        + said.get(said.size() - 1).source() + ") is applied", sources(said));
            }
        }
        return out;
    }

    static SchemaModel diagnose(SchemaModel m, Severity severity, String code, String message, List<String> sources) {
        Diagnostic d = new Diagnostic(severity, code, message, sources);
        if (m.diagnostics().contains(d)) {
            return m;
        }
        List<Diagnostic> out = new ArrayList<>(m.diagnostics());
        out.add(d);
        return m.withDiagnostics(out);
    }

    static List<String> plus(List<String> list, List<String> more) {
        List<String> out = new ArrayList<>(list);
        more.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }
}

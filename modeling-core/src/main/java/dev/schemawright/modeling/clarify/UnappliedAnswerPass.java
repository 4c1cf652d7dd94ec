package dev.schemawright.modeling.clarify;

import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.List;
import java.util.Optional;

/**
 * Nothing a clarifications document says is dropped silently: an answer that answered no question and changed nothing
 * (an entity the design does not have, a sentence the reader cannot map, an id the design never asked) is reported as a
 * warning, and its question stays open.
 */
public final class UnappliedAnswerPass implements DesignPass {
    static final String UNMAPPED = "clarification-unmapped";
    private static final int QUOTE_CHARS = 160;

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        for (Clarification c : ClarificationReader.of(ctx)) {
            m = report(m, c);
        }
        return m;
    }

    private static SchemaModel report(SchemaModel m, Clarification c) {
        boolean used = m.openQuestions().stream().anyMatch(q -> q.answered() && q.answeredBy().contains(c.source()))
                || m.diagnostics().stream().anyMatch(d -> d.code().startsWith("clarification-") && !d.code().equals(UNMAPPED) && d.sources().contains(c.source()));
        if (used) {
            return m;
        }
        String said = quote(c.answer().isBlank() ? c.question() : c.answer());
        Optional<OpenQuestion> asked = m.openQuestions().stream().filter(q -> q.id().equals(c.questionId())).findFirst();
        String message;
        if (c.questionId() == null) {
            message = "Not applied, the design could not map this answer to its tables (a new requirement belongs in the PRD or the planning notes): " + said;
        } else if (asked.isEmpty()) {
            message = c.questionId() + " is not a question this design asks (its tables may have other names now): " + said;
        } else if (asked.get().answered()) {
            message = c.questionId() + " is answered by " + String.join(", ", asked.get().answeredBy()) + "; this answer was not understood: " + said;
        } else {
            message = c.questionId() + " stays open, the answer was not understood: " + said;
        }
        return Answers.diagnose(m, Severity.WARNING, UNMAPPED, message, List.of(c.source()));
    }

    private static String quote(String text) {
        String t = text.strip();
        return "\"" + (t.length() > QUOTE_CHARS ? t.substring(0, QUOTE_CHARS) + "…" : t) + "\"";
    }
}

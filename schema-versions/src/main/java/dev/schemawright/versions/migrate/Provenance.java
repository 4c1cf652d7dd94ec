package dev.schemawright.versions.migrate;

import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.versions.diff.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a step is there, in words a reviewer can check: the requirements behind the element (document#line ids) and
 * the answers that caused it — a question the new version answers and the old one left open, linked when the
 * element comes from the answering document, or (for what the answer removed or changed) from the sentence that
 * raised the question.
 */
public final class Provenance {
    private final List<OpenQuestion> answered;

    public Provenance(SchemaModel from, SchemaModel to) {
        List<OpenQuestion> newly = new ArrayList<>();
        for (OpenQuestion q : to.openQuestions()) {
            boolean before = from.openQuestions().stream().anyMatch(p -> p.id().equals(q.id()) && p.answered());
            if (q.answered() && !before) {
                newly.add(q);
            }
        }
        this.answered = List.copyOf(newly);
    }

    /** The questions the new version answers that the old one did not, in model order. */
    public List<OpenQuestion> newlyAnswered() {
        return answered;
    }

    /** "column cards.user_id: owner (prd.md#L6; answers q-parent-card-deck)". */
    public String why(Change c) {
        return c.element() + (c.detail().isEmpty() ? "" : " — " + c.detail()) + because(c.sources(), c.note());
    }

    /** " (prd.md#L6; answers q-x)", " (convention: audit timestamp)", or "" when nothing says why. */
    public String because(List<String> sources, String note) {
        List<String> parts = new ArrayList<>();
        if (!sources.isEmpty()) {
            parts.add(String.join(", ", sources));
        } else if (note != null && !note.isBlank()) {
            parts.add(note.strip());
        }
        List<String> ids = answers(sources);
        if (!ids.isEmpty()) {
            parts.add("answers " + String.join(", ", ids));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** Ids of the newly answered questions behind these sources: answered by them, else the one question raised by them. */
    public List<String> answers(List<String> sources) {
        Set<String> s = new HashSet<>(sources);
        List<String> byAnswer = answered.stream().filter(q -> q.answeredBy().stream().anyMatch(s::contains)).map(OpenQuestion::id).toList();
        if (!byAnswer.isEmpty()) {
            return byAnswer;
        }
        // raised by the same sentence: named only when one question fits (a sentence often raises several)
        List<String> raised = answered.stream().filter(q -> q.sources().stream().anyMatch(s::contains)).map(OpenQuestion::id).toList();
        return raised.size() == 1 ? raised : List.of();
    }
}

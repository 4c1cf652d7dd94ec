package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.SchemaModel;
import java.util.List;

/**
 * Decisions as Markdown bullets. The normalization trail (ids starting with {@link Decision#NORMALIZATION_PREFIX}) gets
 * a heading of its own after the design decisions, so a long trail never buries the choices a reviewer must see.
 */
final class DecisionNotes {
    private DecisionNotes() {
    }

    /** The decisions that are not part of the normalization trail, in model order. */
    static List<Decision> designDecisions(SchemaModel m) {
        return m.decisions().stream().filter(d -> !isTrail(d)).toList();
    }

    /** "- **topic**: choice. {alternativeLabel}alternative. {rationaleLabel}rationale. (sources)" */
    static void bullet(StringBuilder out, Decision d, String alternativeLabel, String rationaleLabel) {
        bullet(out, d, alternativeLabel, rationaleLabel, true);
    }

    /** The same bullet, with or without its requirement ids (design.md collects them in its appendix). */
    static void bullet(StringBuilder out, Decision d, String alternativeLabel, String rationaleLabel, boolean withSources) {
        out.append("- **").append(Markdown.text(d.topic())).append("**: ").append(Markdown.text(d.choice())).append('.');
        if (!d.alternative().isBlank()) {
            out.append(' ').append(alternativeLabel).append(Markdown.text(d.alternative())).append('.');
        }
        if (!d.rationale().isBlank()) {
            out.append(' ').append(rationaleLabel).append(Markdown.text(d.rationale())).append('.');
        }
        out.append(withSources ? Markdown.sources(d.sources()) : "").append('\n');
    }

    /** Appends the heading and one bullet per normalization change, or nothing when normalization changed nothing. */
    static void appendTrail(StringBuilder out, SchemaModel m, String heading) {
        appendTrail(out, m, heading, true);
    }

    static void appendTrail(StringBuilder out, SchemaModel m, String heading, boolean withSources) {
        List<Decision> trail = m.decisions().stream().filter(DecisionNotes::isTrail).toList();
        if (trail.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append("\n\nWhat normalization changed in the model the documents describe, each with the design it replaced:\n\n");
        trail.forEach(d -> bullet(out, d, "Instead of: ", "Why: ", withSources));
    }

    private static boolean isTrail(Decision d) {
        return d.id().startsWith(Decision.NORMALIZATION_PREFIX);
    }
}

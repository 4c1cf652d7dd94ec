package dev.schemawright.modeling.explain;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions a data architect would put to the product owner, each with the assumption the design took meanwhile:
 * many-to-many links, optional parents, closed value lists, and private-versus-shared data.
 */
public final class OpenQuestionPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<OpenQuestion> out = new ArrayList<>(m.openQuestions());
        for (Relationship r : m.relationships()) {
            String one = Inflection.singular(r.from()).replace('_', ' ');
            String many = Inflection.singular(r.to()).replace('_', ' ');
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                add(out, "q-m2m-" + r.via(), "Can a " + one + " have several " + Inflection.plural(many) + ", and can one " + many + " be used by several "
                        + Inflection.plural(one) + "?", "Yes: many-to-many through " + r.via() + ".", r.sources());
            } else if (r.optional()) {
                add(out, "q-optional-" + r.to() + "-" + r.from(), "Must every " + many + " belong to a " + one + "?",
                        "No: " + r.to() + "." + Inflection.singular(r.from()) + "_id is nullable and set to NULL when the " + one + " is deleted.", r.sources());
            } else {
                add(out, "q-parent-" + r.to() + "-" + r.from(), "Can a " + many + " belong to more than one " + one + "?",
                        "No: each " + many + " has exactly one " + one + " (one-to-many, deleted with it).", r.sources());
            }
        }
        for (EnumType e : m.enums()) {
            add(out, "q-enum-" + e.name(), "Is the list of values for " + e.name().replace('_', ' ') + " (" + String.join(", ", e.values()) + ") complete?",
                    "Yes for now: an enum type; adding a value later is a migration.", e.sources());
        }
        for (Table t : m.tables()) {
            boolean shared = t.kind() == TableKind.ENTITY && t.foreignKeys().isEmpty() && !t.name().equals("profiles") && !t.name().equals("users");
            if (shared) {
                add(out, "q-shared-" + t.name(), "Are " + t.name().replace('_', ' ') + " shared by all users, or does each user keep their own?",
                        "Shared reference data: readable by every signed-in user, written by the service role.", t.sources());
            }
            t.checks().stream().filter(c -> c.kind() == CheckKind.IN_VALUES).findFirst().ifPresent(c -> add(out, "q-values-" + t.name(),
                    "Is the list of allowed values for " + t.name() + "." + c.columns().get(0) + " final?", "Yes: enforced by a CHECK.", c.sources()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(m.diagnostics());
        if (m.tables().stream().noneMatch(t -> t.kind() == TableKind.ENTITY && !t.name().equals("profiles") && !t.name().equals("users"))
                && diagnostics.stream().noneMatch(d -> d.code().equals("no-entities"))) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "no-entities", "No domain entities were found in the requirements; only user tables were designed", List.of()));
        }
        return m.withOpenQuestions(out).withDiagnostics(diagnostics);
    }

    private static void add(List<OpenQuestion> out, String id, String question, String assumption, List<String> sources) {
        if (out.stream().noneMatch(q -> q.id().equals(id))) {
            out.add(new OpenQuestion(id, question, assumption, sources));
        }
    }
}

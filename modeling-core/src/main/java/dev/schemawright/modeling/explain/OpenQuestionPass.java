package dev.schemawright.modeling.explain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The questions a data architect would put to the product owner, each with the assumption the design took meanwhile:
 * many-to-many links, optional parents, closed value lists, and private-versus-shared data. Questions a clarifications
 * document answered are already in the model (see the clarify passes) and are not asked again, also when the answer
 * changed what the question would now be (a one-to-many link that became many-to-many).
 */
public final class OpenQuestionPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<OpenQuestion> out = new ArrayList<>(m.openQuestions());
        List<OpenQuestion> answered = out.stream().filter(OpenQuestion::answered).toList();
        for (Relationship r : m.relationships()) {
            if (!answered(r, answered)) {
                add(out, Questions.raisedBy(r, UnaryOperator.identity()));
            }
        }
        for (EnumType e : m.enums()) {
            add(out, Questions.enumValues(e));
        }
        for (Table t : m.tables()) {
            boolean shared = t.kind() == TableKind.ENTITY && t.foreignKeys().isEmpty() && !t.name().equals("profiles") && !t.name().equals("users");
            if (shared) {
                add(out, Questions.sharing(t.name(), UnaryOperator.identity(), Questions.sharedByAll(), t.sources()));
            }
            t.checks().stream().filter(c -> c.kind() == CheckKind.IN_VALUES).findFirst()
                    .ifPresent(c -> add(out, Questions.checkValues(t.name(), c.columns().get(0), c.sources())));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(m.diagnostics());
        if (m.tables().stream().noneMatch(t -> t.kind() == TableKind.ENTITY && !t.name().equals("profiles") && !t.name().equals("users"))
                && diagnostics.stream().noneMatch(d -> d.code().equals("no-entities"))) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "no-entities", "No domain entities were found in the requirements; only user tables were designed", List.of()));
        }
        return m.withOpenQuestions(out).withDiagnostics(diagnostics);
    }

    /** A relationship an answer changed or confirmed carries the answer among its sources. */
    private static boolean answered(Relationship r, List<OpenQuestion> answered) {
        return answered.stream().anyMatch(q -> Questions.aboutRelationship(q.id()) && q.answeredBy().stream().anyMatch(r.sources()::contains));
    }

    private static void add(List<OpenQuestion> out, OpenQuestion q) {
        if (out.stream().noneMatch(x -> x.id().equals(q.id()))) {
            out.add(q);
        }
    }
}

package dev.schemawright.modeling.clarify;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.clarify.Claim.Aspect;
import dev.schemawright.modeling.clarify.Claim.Verdict;
import dev.schemawright.modeling.explain.Questions;
import dev.schemawright.modeling.physical.OwnershipPass;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers about who sees what, applied before tenancy and ownership: "categories are shared by all users" makes the
 * table reference data (LOOKUP: no owner column, readable by every signed-in user, written by the service role under
 * RLS); "each user keeps their own tags" gives it an owner (user_id, owner-only policies). A table whose rows belong to a
 * required parent is private through that parent already.
 */
public final class AnswerSharingPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Map<String, List<Claim>> groups = Answers.grouped(ctx, m, a -> a == Aspect.SHARING, Claim::subject);
        for (List<Claim> group : groups.values()) {
            m = answer(m, group);
        }
        return m;
    }

    private static SchemaModel answer(SchemaModel m, List<Claim> group) {
        Optional<Table> found = m.table(group.get(0).subject());
        if (found.isEmpty()) {
            return m;
        }
        Table t = found.get();
        String id = Questions.SHARED + Questions.key(t.name());
        List<Claim> fresh = group.stream().filter(k -> !Answers.applied(m, id, k.source())).toList();
        if (fresh.isEmpty()) {
            return m;
        }
        List<String> by = Answers.sources(fresh);
        if (t.kind() != TableKind.ENTITY && t.kind() != TableKind.LOOKUP) {
            return Answers.diagnose(m, Severity.WARNING, Answers.NOT_APPLIED, t.name() + " is a " + t.kind().name().toLowerCase(Locale.ROOT)
                    + " table; whether it is shared follows the tables it links", by);
        }
        // the last word wins when a document says both
        boolean shared = fresh.get(fresh.size() - 1).verdict() == Verdict.SHARED;
        Optional<ForeignKey> parent = t.foreignKeys().stream().filter(f -> !f.external() && !owner(m, f)
                && t.column(f.columns().get(0)).map(c -> !c.nullable()).orElse(false)).findFirst();
        Table next;
        String answer;
        if (shared) {
            List<String> ownerColumns = t.foreignKeys().stream().filter(f -> owner(m, f)).flatMap(f -> f.columns().stream()).toList();
            next = t.withKind(TableKind.LOOKUP).withForeignKeys(t.foreignKeys().stream().filter(f -> !owner(m, f)).toList())
                    .withColumns(t.columns().stream().filter(c -> !ownerColumns.contains(c.name())).toList());
            answer = Questions.sharedByAll();
        } else if (parent.isPresent()) {
            next = t;
            answer = "Each user keeps their own: a " + Questions.key(t.name()).replace('_', ' ') + " belongs to its " + Questions.key(parent.get().refTable()).replace('_', ' ')
                    + ", whose owner it follows.";
        } else {
            Table entity = t.withKind(TableKind.ENTITY);
            next = t.foreignKeys().stream().anyMatch(f -> owner(m, f)) ? entity : OwnershipPass.withOwner(m, entity);
            answer = Questions.keptByEachUser(ModelQueries.tableName(t.name()));
        }
        Table answered = next.withSources(Answers.plus(next.sources(), by));
        SchemaModel out = Answers.conflicts(m.withTables(m.tables().stream().map(x -> x.name().equals(t.name()) ? answered : x).toList()), fresh,
                "whether " + ModelQueries.tableName(t.name()).replace('_', ' ') + " are shared");
        return Answers.answered(out, Questions.sharing(t.name(), ModelQueries::tableName, "", t.sources()).withAnswer(answer, by));
    }

    private static boolean owner(SchemaModel m, ForeignKey f) {
        return f.external() && f.refTable().equals("users") || f.refTable().equals(ModelQueries.userTable(m));
    }
}

package dev.schemawright.modeling.clarify;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.clarify.Claim.Aspect;
import dev.schemawright.modeling.explain.Questions;
import dev.schemawright.modeling.lang.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers about a column's values, applied to its value list before the enumeration pass turns the list into an enum:
 * "difficulty can also be 'expert'" extends it, "status is one of draft, live, archived" replaces it (or gives a text
 * column its first list), "yes, the list is complete" confirms it.
 */
public final class AnswerValuesPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Map<String, List<Claim>> groups = Answers.grouped(ctx, m, a -> a == Aspect.VALUES, k -> k.subject() + "." + k.other());
        for (List<Claim> group : groups.values()) {
            m = answer(m, group);
        }
        return m;
    }

    private static SchemaModel answer(SchemaModel m, List<Claim> group) {
        String table = group.get(0).subject();
        String column = group.get(0).other();
        Table t = m.table(table).orElseThrow();
        // the enumeration pass names the enum <table>_<column>; its question keeps that id
        String id = Questions.ENUM + Identifiers.derived(table, column);
        List<Claim> fresh = group.stream().filter(k -> !Answers.applied(m, id, k.source())).toList();
        if (fresh.isEmpty()) {
            return m;
        }
        Optional<CheckConstraint> check = t.checks().stream().filter(k -> k.kind() == CheckKind.IN_VALUES && k.columns().equals(List.of(column))).findFirst();
        List<String> before = check.map(CheckConstraint::args).orElse(List.of());
        List<String> after = new ArrayList<>(before);
        List<String> by = Answers.sources(fresh);
        for (Claim k : fresh) {
            switch (k.verdict()) {
                case CONFIRMED:
                    break;
                case ADDED:
                    k.values().stream().filter(v -> !after.contains(v)).forEach(after::add);
                    break;
                case REPLACED:
                    after.clear();
                    after.addAll(k.values());
                    break;
                default:
                    throw new IllegalStateException("unsupported values answer " + k.verdict());
            }
        }
        boolean listed = before.isEmpty() ? after.size() >= 2 : !after.isEmpty();
        if (!listed) {
            return Answers.diagnose(m, Severity.WARNING, Answers.NOT_APPLIED, table + "." + column + (before.isEmpty()
                    ? " has no list of values yet; name all of them (\"" + column.replace('_', ' ') + " is one of a, b, c\")" : " would have no values left"), by);
        }
        List<String> sources = Answers.plus(check.map(CheckConstraint::sources).orElse(t.sources()), by);
        CheckConstraint next = new CheckConstraint(check.map(CheckConstraint::name).orElse(Identifiers.derived(table + "_" + column, "check")),
                CheckKind.IN_VALUES, List.of(column), after, sources);
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        if (check.isPresent()) {
            checks.set(checks.indexOf(check.get()), next);
        } else {
            checks.add(next);
        }
        SchemaModel out = m.withTables(m.tables().stream().map(x -> x.name().equals(table) ? x.withChecks(checks) : x).toList());
        EnumType asked = new EnumType(Identifiers.derived(table, column), before.isEmpty() ? after : before, check.map(CheckConstraint::sources).orElse(by));
        return Answers.answered(out, Questions.enumValues(asked).withAnswer(Questions.values(before.isEmpty() ? after : before, after), by));
    }
}

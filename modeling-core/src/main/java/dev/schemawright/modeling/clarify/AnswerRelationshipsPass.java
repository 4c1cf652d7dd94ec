package dev.schemawright.modeling.clarify;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.clarify.Claim.Aspect;
import dev.schemawright.modeling.clarify.Claim.Verdict;
import dev.schemawright.modeling.explain.Questions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Answers about relationships, applied before the normalize and physical passes build on them: "a card can be in
 * several decks" turns one-to-many into many-to-many (the many-to-many pass makes the join table), "a card has exactly
 * one tag" the reverse, "a card can exist without a deck" makes the parent optional (nullable, SET NULL) and "every card
 * must belong to a deck" required. A foreign key a plan already stated follows. The question the relationship raised
 * before is recorded as answered, with what the design now does, and the answer among the relationship's sources.
 */
public final class AnswerRelationshipsPass implements DesignPass {
    private static final UnaryOperator<String> TABLE = ModelQueries::tableName;

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Map<String, List<Claim>> groups = Answers.grouped(ctx, m, Aspect::relationship, k -> pairKey(k.subject(), k.other()));
        for (List<Claim> group : groups.values()) {
            m = answer(m, group);
        }
        return m;
    }

    private static SchemaModel answer(SchemaModel m, List<Claim> group) {
        Relationship before = find(m.relationships(), group.get(0).subject(), group.get(0).other());
        List<Claim> fresh = group.stream().filter(k -> before == null || !appliedTo(m, before, k.source())).toList();
        if (fresh.isEmpty()) {
            return m;
        }
        Relationship after = before;
        for (Claim k : fresh) {
            // of answers that disagree on one aspect only the last counts (Answers.conflicts reports it)
            if (fresh.stream().filter(o -> o.aspect() == k.aspect()).reduce((a, b) -> b).orElseThrow() == k) {
                after = apply(m, after, k);
            }
        }
        List<String> by = Answers.sources(fresh);
        after = new Relationship(after.from(), after.to(), after.cardinality(), after.via(), after.optional(), after.label(), Answers.plus(after.sources(), by));
        SchemaModel out = materialize(m, before, after);
        List<Relationship> rels = new ArrayList<>(out.relationships());
        if (before == null) {
            rels.add(after);
        } else {
            rels.set(rels.indexOf(before), after);
        }
        out = Answers.conflicts(out.withRelationships(rels), fresh, "the " + Questions.key(after.to()).replace('_', ' ') + " / "
                + Questions.key(after.from()).replace('_', ' ') + " link");
        // a link the design did not have raised no question and took no assumption: the answer introduced it
        OpenQuestion asked = Questions.raisedBy(before != null ? before : after, TABLE);
        if (before == null) {
            asked = new OpenQuestion(asked.id(), asked.question(), "", List.of());
        }
        out = Answers.answered(out, asked.withAnswer(Questions.answer(asked.id(), after, TABLE), by));
        if (after.cardinality() == Cardinality.MANY_TO_MANY && fresh.stream().anyMatch(k -> k.verdict() == Verdict.REQUIRED)) {
            out = Answers.diagnose(out, Severity.INFO, "clarification-kept-many-to-many", "A join table cannot require a " + Questions.key(after.to())
                    + " to have a " + Questions.key(after.from()) + "; the link stays many-to-many and the application enforces at least one", by);
        }
        return out;
    }

    /** The relationship after one claim; {@code r} is null when the design had none between the two. */
    private static Relationship apply(SchemaModel m, Relationship r, Claim k) {
        String child = k.subject();
        String parent = k.other();
        boolean manyToMany = r != null && r.cardinality() == Cardinality.MANY_TO_MANY;
        List<String> sources = r == null ? List.of() : r.sources();
        String label = r == null || manyToMany ? "contains" : r.label();
        switch (k.verdict()) {
            case SEVERAL:
                if (manyToMany) {
                    return r;
                }
                String from = r != null ? r.from() : parent;
                String to = r != null ? r.to() : child;
                return new Relationship(from, to, Cardinality.MANY_TO_MANY, joinName(m, from, to), true, "linked", sources);
            case ONE:
                if (r != null && !manyToMany && r.from().equals(parent)) {
                    return r;
                }
                // a label that turns out to be single-valued is a reference: deleting a tag must not delete its cards
                return new Relationship(parent, child, Cardinality.ONE_TO_MANY, null, r != null && !manyToMany && r.optional(),
                        manyToMany ? "references" : label, sources);
            case OPTIONAL:
            case REQUIRED:
                if (manyToMany) {
                    return r;
                }
                return new Relationship(parent, child, Cardinality.ONE_TO_MANY, null, k.verdict() == Verdict.OPTIONAL, label, sources);
            default:
                throw new IllegalStateException("unsupported relationship answer " + k.verdict());
        }
    }

    /** Tables follow the new relationship: a foreign key a plan stated moves, goes, or changes nullability; a plan's join table goes. */
    private static SchemaModel materialize(SchemaModel m, Relationship before, Relationship after) {
        if (before == null) {
            return m;
        }
        SchemaModel out = m;
        if (before.cardinality() != Cardinality.MANY_TO_MANY) {
            boolean sameLink = after.cardinality() != Cardinality.MANY_TO_MANY && after.from().equals(before.from()) && after.to().equals(before.to());
            if (!sameLink) {
                out = out.withTables(out.tables().stream().map(t -> t.name().equals(before.to()) ? withoutLink(t, before.from()) : t).toList());
            } else if (before.optional() != after.optional()) {
                out = out.withTables(out.tables().stream().map(t -> t.name().equals(after.to()) ? withOptional(t, after) : t).toList());
            }
        } else if (after.cardinality() != Cardinality.MANY_TO_MANY && out.table(before.via()).isPresent()) {
            // the link table a plan named (the many-to-many pass has not made it a JOIN yet) has nothing left to link
            out = out.withTables(out.tables().stream().filter(t -> !t.name().equals(before.via())).toList());
            out = Answers.diagnose(out, Severity.INFO, "clarification-dropped-join-table", "The join table " + before.via() + " is gone: each "
                    + Questions.key(after.to()) + " now has one " + Questions.key(after.from()), after.sources());
        }
        return out;
    }

    private static Table withoutLink(Table child, String parent) {
        List<ForeignKey> gone = child.foreignKeys().stream().filter(f -> !f.external() && f.refTable().equals(parent)).toList();
        if (gone.isEmpty()) {
            return child;
        }
        List<String> columns = gone.stream().flatMap(f -> f.columns().stream()).filter(c -> !child.primaryKey().contains(c)).toList();
        return child.withForeignKeys(child.foreignKeys().stream().filter(f -> !gone.contains(f)).toList())
                .withColumns(child.columns().stream().filter(c -> !columns.contains(c.name())).toList())
                .withUniques(child.uniques().stream().filter(u -> u.columns().stream().noneMatch(columns::contains)).toList());
    }

    private static Table withOptional(Table child, Relationship r) {
        List<String> columns = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey f : child.foreignKeys()) {
            if (f.external() || !f.refTable().equals(r.from())) {
                fks.add(f);
            } else if (r.optional()) {
                columns.addAll(f.columns());
                fks.add(f.withOnDelete(FkAction.SET_NULL, "optional link: the " + r.to() + " stays when its " + r.from() + " is deleted"));
            } else {
                columns.addAll(f.columns());
                fks.add(f.onDelete() == FkAction.SET_NULL ? f.withOnDelete(FkAction.CASCADE, "the " + r.to() + " belongs to its " + r.from()) : f);
            }
        }
        return child.withForeignKeys(fks).withColumns(child.columns().stream()
                .map(c -> columns.contains(c.name()) && !child.primaryKey().contains(c.name()) ? c.withNullable(r.optional()) : c).toList());
    }

    /** Already applied by an earlier run of this pass: the answer is among the relationship's sources and it answered a relationship question. */
    private static boolean appliedTo(SchemaModel m, Relationship r, String source) {
        return r.sources().contains(source) && m.openQuestions().stream()
                .anyMatch(q -> q.answered() && Questions.aboutRelationship(q.id()) && q.answeredBy().contains(source));
    }

    private static Relationship find(List<Relationship> rels, String a, String b) {
        for (Relationship r : rels) {
            if (r.from().equals(a) && r.to().equals(b) || r.from().equals(b) && r.to().equals(a)) {
                return r;
            }
        }
        return null;
    }

    /** A table already named after both ("family_member") is their link: the many-to-many pass makes it the join table. */
    private static String joinName(SchemaModel m, String from, String to) {
        return m.table(to + "_" + from).isPresent() && m.table(from + "_" + to).isEmpty() ? to + "_" + from : from + "_" + to;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}

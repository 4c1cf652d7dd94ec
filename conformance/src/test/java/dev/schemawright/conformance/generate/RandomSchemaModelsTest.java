package dev.schemawright.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.render.naming.PhysicalName;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The generator itself: deterministic, plausible models, and over the seeds the properties use, every kind covered. */
class RandomSchemaModelsTest {
    static final List<SchemaModel> MODELS = LongStream.range(0, RandomModelSeeds.COUNT).map(RandomModelSeeds::seed)
            .mapToObj(RandomSchemaModels::generate).toList();

    @Test
    void sameSeedGivesTheSameModel() {
        assertThat(RandomSchemaModels.generate(42)).isEqualTo(RandomSchemaModels.generate(42));
        assertThat(RandomSchemaModels.generate(42)).isNotEqualTo(RandomSchemaModels.generate(43));
    }

    @Test
    void everyModelIsPlausible() {
        for (SchemaModel m : MODELS) {
            for (Table t : m.tables()) {
                assertThat(t.primaryKey()).as(t.name()).isNotEmpty().allSatisfy(c -> assertThat(t.hasColumn(c)).as(t.name() + "." + c).isTrue());
                for (ForeignKey fk : t.foreignKeys()) {
                    for (int i = 0; i < fk.columns().size(); i++) {
                        Column col = t.column(fk.columns().get(i)).orElseThrow(() -> new AssertionError(fk.name() + " column missing"));
                        if (!fk.external()) {
                            Table ref = m.table(fk.refTable()).orElseThrow(() -> new AssertionError(fk.name() + " target missing"));
                            boolean key = ref.primaryKey().equals(fk.refColumns())
                                    || ref.uniques().stream().anyMatch(u -> u.columns().equals(fk.refColumns()));
                            assertThat(key).as(fk.name() + " references a key").isTrue();
                            Column refCol = ref.column(fk.refColumns().get(i)).orElseThrow();
                            assertThat(col.type().kind()).as(fk.name()).isEqualTo(refCol.type().kind());
                        } else {
                            assertThat(col.type().kind()).isEqualTo(TypeKind.UUID);
                        }
                        if (fk.onDelete() == dev.schemawright.contracts.model.FkAction.SET_NULL) {
                            assertThat(col.nullable()).as(fk.name()).isTrue();
                        }
                    }
                }
                for (CheckConstraint ck : t.checks()) {
                    assertThat(ck.columns()).allSatisfy(c -> assertThat(t.hasColumn(c)).as(ck.name()).isTrue());
                }
                for (Index ix : t.indexes()) {
                    assertThat(ix.columnNames()).allSatisfy(c -> assertThat(t.hasColumn(c)).as(ix.name()).isTrue());
                }
                for (Policy p : t.policies()) {
                    if (p.rule().column() != null) {
                        assertThat(t.hasColumn(p.rule().column())).as(p.name()).isTrue();
                    }
                }
                Set<String> folded = new HashSet<>();
                t.columns().forEach(c -> assertThat(folded.add(RandomSchemaModels.fold(c.name()))).as(t.name() + "." + c.name()).isTrue());
            }
        }
    }

    @Test
    void theSeedsCoverEveryKindAndTheNastyNames() {
        Set<CheckKind> checks = EnumSet.noneOf(CheckKind.class);
        Set<DefaultKind> defaults = EnumSet.noneOf(DefaultKind.class);
        Set<IndexMethod> methods = EnumSet.noneOf(IndexMethod.class);
        Set<IndexPredicate> predicates = EnumSet.noneOf(IndexPredicate.class);
        Set<PolicyRuleKind> rules = EnumSet.noneOf(PolicyRuleKind.class);
        Set<TypeKind> types = EnumSet.noneOf(TypeKind.class);
        boolean longName = false;
        boolean selfReference = false;
        boolean compositeKey = false;
        boolean cycle = false;
        boolean compositeForeignKey = false;
        boolean naturalKeyReference = false;
        boolean partialUnique = false;
        for (SchemaModel m : MODELS) {
            for (Table t : m.tables()) {
                t.checks().forEach(c -> checks.add(c.kind()));
                t.columns().forEach(c -> types.add(c.type().kind()));
                t.columns().stream().filter(c -> c.defaultValue() != null).forEach(c -> defaults.add(c.defaultValue().kind()));
                t.indexes().forEach(i -> methods.add(i.method()));
                t.indexes().forEach(i -> predicates.add(i.where()));
                t.policies().forEach(p -> rules.add(p.rule().kind()));
                longName |= t.name().getBytes(StandardCharsets.UTF_8).length > PhysicalName.MAX_BYTES;
                selfReference |= t.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(t.name()) && !fk.external());
                compositeKey |= t.primaryKey().size() > 1;
                cycle |= t.foreignKeys().stream().anyMatch(fk -> fk.rationale().contains("cycle"));
                compositeForeignKey |= t.foreignKeys().stream().anyMatch(fk -> fk.columns().size() > 1);
                naturalKeyReference |= t.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(List.of("public_ref")));
                partialUnique |= t.indexes().stream().anyMatch(i -> i.unique() && i.where() != IndexPredicate.NONE);
            }
        }
        assertThat(checks).containsExactlyInAnyOrder(CheckKind.values());
        assertThat(defaults).containsExactlyInAnyOrder(DefaultKind.values());
        assertThat(methods).containsExactlyInAnyOrder(IndexMethod.values());
        assertThat(predicates).containsExactlyInAnyOrder(IndexPredicate.values());
        assertThat(rules).containsExactlyInAnyOrder(PolicyRuleKind.values());
        assertThat(types).containsExactlyInAnyOrder(TypeKind.values());
        assertThat(List.of(longName, selfReference, compositeKey, cycle, compositeForeignKey, naturalKeyReference, partialUnique))
                .containsOnly(true);
    }
}

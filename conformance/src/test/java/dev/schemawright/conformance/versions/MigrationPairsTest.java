package dev.schemawright.conformance.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.conformance.generate.ModelMutations;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.migrate.MigrationOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The harness of {@link MigrationPropertyTest} itself: the pairs are deterministic and, together, exercise every kind
 * of change the diff knows (so "all pairs migrate" means something), destructive ones and renames included.
 */
class MigrationPairsTest {
    /** The pairs the CI step runs (verify runs the first few of them). */
    static final int PAIRS = 40;

    @Test
    void thePairsAreDeterministicAndCoverEveryKindOfChange() {
        Map<String, Integer> kinds = new TreeMap<>();
        SchemaMigrator migrator = new SchemaMigrator();
        for (int i = 0; i < PAIRS; i++) {
            assertThat(JsonCodec.toPrettyString(MigrationPropertyTest.after(i))).isEqualTo(JsonCodec.toPrettyString(MigrationPropertyTest.after(i)));
            // the property runs every pair both ways
            List<Change> both = new ArrayList<>(migrator.plan(MigrationPropertyTest.before(i), MigrationPropertyTest.after(i), MigrationOptions.defaults())
                    .diff().changes());
            both.addAll(migrator.plan(MigrationPropertyTest.after(i), MigrationPropertyTest.before(i), MigrationOptions.defaults()).diff().changes());
            for (Change c : both) {
                kinds.merge(c.getClass().getSimpleName(), 1, Integer::sum);
                if (c instanceof Change.ModifyColumn mc) {
                    mc.facets().forEach(f -> kinds.merge("ModifyColumn." + f, 1, Integer::sum));
                    kinds.merge("TypeChange." + mc.typeChange(), 1, Integer::sum);
                }
            }
        }
        Set<String> all = Arrays.stream(Change.class.getPermittedSubclasses()).map(Class::getSimpleName).collect(Collectors.toSet());
        System.out.println("change kinds over " + PAIRS + " pairs, both ways: " + kinds);
        assertThat(kinds.keySet()).as("kinds of change the random pairs exercise").containsAll(all);
        assertThat(kinds.keySet()).as("what column changes they exercise").contains("ModifyColumn.TYPE", "ModifyColumn.NULLABLE", "ModifyColumn.DEFAULT",
                "ModifyColumn.IDENTITY", "ModifyColumn.COMMENT", "TypeChange.WIDENING", "TypeChange.NARROWING");
    }
}

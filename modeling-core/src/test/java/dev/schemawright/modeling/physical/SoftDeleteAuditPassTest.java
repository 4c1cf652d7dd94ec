package dev.schemawright.modeling.physical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.intake.NfrFlagsPass;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftDeleteAuditPassTest {
    private static SchemaModel run(String... lines) {
        SchemaModel before = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("project", "name")
                .withUniques(List.of(new UniqueConstraint("project_name_key", List.of("name"), List.of())))));
        return DesignProgram.sequence(new NfrFlagsPass(), new SoftDeleteAuditPass())
                .apply(Models.context(before, Models.lines("prd.md", DocumentRole.PRD, lines)));
    }

    @Test
    void softDeleteAddsDeletedAtAndMakesUniquesPartial() {
        var t = run("Deleted projects are soft-deleted so they can be restored.", "We track who changed a project (updated_by).").tables().get(0);
        assertThat(t.hasColumn("deleted_at")).isTrue();
        assertThat(t.uniques()).isEmpty();
        assertThat(t.indexes()).singleElement().satisfies(i -> {
            assertThat(i.unique()).isTrue();
            assertThat(i.where()).isEqualTo(IndexPredicate.NOT_DELETED);
        });
        assertThat(t.foreignKeys()).extracting(f -> f.columns().get(0)).containsExactly("created_by", "updated_by");
    }

    @Test
    void negatedRequirementsChangeNothing() {
        var t = run("No soft-delete for MVP; use hard deletes.").tables().get(0);
        assertThat(t.hasColumn("deleted_at")).isFalse();
        assertThat(t.uniques()).hasSize(1);
    }
}

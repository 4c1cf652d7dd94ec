package dev.schemawright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ApiKeys;
import dev.schemawright.contracts.tenant.ProjectRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../x", "a/b", "a b", "-lead", "x\u0000", "ü", "a.b"})
    void rejectsProjectIdsUnsafeInKeysAndPaths(String id) {
        assertThat(Ids.isProjectId(id)).isFalse();
        assertThatThrownBy(() -> ObjectKeys.runPrefix("acme", id, "0123456789abcdef01234567")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flashcards", "1mcodes__julklapp", "Jaroslaw-Adamczyk__10x-recipes"})
    void acceptsOrdinaryProjectIds(String id) {
        assertThat(Ids.isProjectId(id)).isTrue();
    }

    @Test
    void runIdIsAContentHashIndependentOfUploadOrder() {
        InputDocument a = new InputDocument("prd.md", null, "# PRD".getBytes(StandardCharsets.UTF_8));
        InputDocument b = new InputDocument("tech-stack.md", DocumentRole.TECH_STACK, "Supabase".getBytes(StandardCharsets.UTF_8));
        ProjectRef p = new ProjectRef("acme", "p");
        String run = RunIds.runId(p, List.of(a, b));
        assertThat(run).matches(Ids.RUN_ID);
        assertThat(RunIds.runId(p, List.of(b, a))).isEqualTo(run);
        assertThat(RunIds.runId(p, List.of(a))).isNotEqualTo(run);
        assertThat(RunIds.runId(new ProjectRef("acme", "q"), List.of(a, b))).isNotEqualTo(run);
        // another tenant's project of the same name is another run
        assertThat(RunIds.runId(new ProjectRef("globex", "p"), List.of(a, b))).isNotEqualTo(run);
        InputDocument edited = new InputDocument("prd.md", null, "# PRD!".getBytes(StandardCharsets.UTF_8));
        assertThat(RunIds.runId(p, List.of(edited, b))).isNotEqualTo(run);
    }

    @Test
    void artifactKeysStayUnderTheRunPrefix() {
        assertThat(ObjectKeys.artifact("acme", "p", "0123456789abcdef01234567", "schema.prisma"))
                .isEqualTo("tenants/acme/projects/p/runs/0123456789abcdef01234567/schema.prisma");
        assertThat(ObjectKeys.latest("acme", "p")).isEqualTo("tenants/acme/projects/p/latest");
        assertThat(ObjectKeys.runState("acme", "p", "0123456789abcdef01234567", "announced"))
                .isEqualTo("tenants/acme/projects/p/state/0123456789abcdef01234567/announced");
        assertThatThrownBy(() -> ObjectKeys.artifact("acme", "p", "0123456789abcdef01234567", "../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectKeys.latest("../other", "p")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "a_b", "-lead", "a/b", "..", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ü"})
    void rejectsTenantIdsOutsideTheAgreedPattern(String id) {
        assertThat(Ids.isTenantId(id)).isFalse();
        assertThatThrownBy(() -> new ProjectRef(id, "p")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apiKeysAreRandomOfOneShapeAndStoredByTheirHashOnly() {
        String key = ApiKeys.generate();
        assertThat(ApiKeys.looksLikeKey(key)).isTrue();
        assertThat(ApiKeys.generate()).isNotEqualTo(key);
        assertThat(ApiKeys.looksLikeKey("eyJhbGciOiJSUzI1NiJ9.e30.sig")).as("a JWT is not ours").isFalse();
        String stored = ObjectKeys.apiKey(ApiKeys.hash(key));
        assertThat(stored).startsWith(ObjectKeys.API_KEYS_PREFIX).doesNotContain(key.substring(ApiKeys.PREFIX.length()));
        assertThat(ApiKeys.displayPrefix(key)).hasSize(9);
    }
}

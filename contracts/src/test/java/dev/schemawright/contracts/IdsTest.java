package dev.schemawright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.RunIds;
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
        assertThatThrownBy(() -> ObjectKeys.runPrefix(id, "0123456789abcdef01234567")).isInstanceOf(IllegalArgumentException.class);
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
        String run = RunIds.runId("p", List.of(a, b));
        assertThat(run).matches(Ids.RUN_ID);
        assertThat(RunIds.runId("p", List.of(b, a))).isEqualTo(run);
        assertThat(RunIds.runId("p", List.of(a))).isNotEqualTo(run);
        assertThat(RunIds.runId("q", List.of(a, b))).isNotEqualTo(run);
        InputDocument edited = new InputDocument("prd.md", null, "# PRD!".getBytes(StandardCharsets.UTF_8));
        assertThat(RunIds.runId("p", List.of(edited, b))).isNotEqualTo(run);
    }

    @Test
    void artifactKeysStayUnderTheRunPrefix() {
        assertThat(ObjectKeys.artifact("p", "0123456789abcdef01234567", "schema.prisma"))
                .isEqualTo("projects/p/runs/0123456789abcdef01234567/schema.prisma");
        assertThatThrownBy(() -> ObjectKeys.artifact("p", "0123456789abcdef01234567", "../x")).isInstanceOf(IllegalArgumentException.class);
    }
}

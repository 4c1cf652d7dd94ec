package dev.schemawright.ingestservice.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.ingestservice.problem.ApiProblem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleAssignmentsTest {
    private static final List<String> UPLOADED = List.of("PRD final.md", "stack.md", "notes.md");
    private static final List<String> SAFE = List.of("PRD_final.md", "stack.md", "notes.md");

    @Test
    void noRolesMeansInferEveryRole() {
        assertThat(RoleAssignments.assign(List.of(), UPLOADED, SAFE)).containsExactly(null, null, null);
        assertThat(RoleAssignments.assign(null, UPLOADED, SAFE)).containsExactly(null, null, null);
    }

    @Test
    void positionalRolesFollowTheFiles() {
        assertThat(RoleAssignments.assign(List.of("PRD", "tech-stack", "auto"), UPLOADED, SAFE))
                .containsExactly(DocumentRole.PRD, DocumentRole.TECH_STACK, null);
    }

    @Test
    void namedRolesMatchUploadedOrSafeNames() {
        assertThat(RoleAssignments.assign(List.of("stack.md=stack", "PRD_final.md=prd"), UPLOADED, SAFE))
                .isEqualTo(Arrays.asList(DocumentRole.PRD, DocumentRole.TECH_STACK, null));
        assertThat(RoleAssignments.assign(List.of("PRD final.md=planning notes"), UPLOADED, SAFE))
                .isEqualTo(Arrays.asList(DocumentRole.PLANNING_NOTES, null, null));
    }

    @Test
    void everyMistakeIsReported() {
        assertThatThrownBy(() -> RoleAssignments.assign(List.of("prd", "wizard", "oracle"), UPLOADED, SAFE))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.code()).isEqualTo("invalid-role");
                    assertThat(p.problem().errors()).extracting(e -> e.field()).containsExactly("role[1]", "role[2]");
                });
        assertThatThrownBy(() -> RoleAssignments.assign(List.of("prd"), UPLOADED, SAFE))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("1 role values for 3 files");
        assertThatThrownBy(() -> RoleAssignments.assign(List.of("prd", "stack.md=prd"), UPLOADED, SAFE))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("mix");
        assertThatThrownBy(() -> RoleAssignments.assign(List.of("ghost.md=prd", "stack.md=prd", "stack.md=other"), UPLOADED, SAFE))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.problem().errors()).extracting(e -> e.code())
                        .containsExactly("unknown-file", "duplicate-role"));
    }
}

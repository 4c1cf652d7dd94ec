package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.TypeKind;
import org.junit.jupiter.api.Test;

/** Types and value lists from what plans say about a column. */
class TypeInferenceTest {

    @Test
    void aCheckInListGivesEveryQuotedValue() {
        assertThat(TypeInference.enumValues("TEXT NOT NULL CHECK (role IN ('user', 'scenario', 'helper'))"))
                .containsExactly("user", "scenario", "helper");
        assertThat(TypeInference.enumValues("status (ENUM: draft | published)")).containsExactly("draft", "published");
        assertThat(TypeInference.enumValues("one of: scheduled, in_progress, done")).containsExactly("scheduled", "in_progress", "done");
    }

    @Test
    void arraysAreReadFromBracketsAndFromTheWordArray() {
        assertThat(TypeInference.infer("types", "TEXT[]")).isEqualTo(ColumnType.of(TypeKind.TEXT).asArray());
        assertThat(TypeInference.infer("target_days", "array ")).isEqualTo(ColumnType.of(TypeKind.INTEGER).asArray());
        assertThat(TypeInference.infer("name", "varchar(100) required")).isEqualTo(ColumnType.varchar(100));
    }

    @Test
    void countsAndMeasuresInAUnitAreNumbers() {
        assertThat(TypeInference.infer("reps", "")).isEqualTo(ColumnType.of(TypeKind.INTEGER));
        assertThat(TypeInference.infer("weeks", "")).isEqualTo(ColumnType.of(TypeKind.INTEGER));
        assertThat(TypeInference.infer("warmup_hours", "")).isEqualTo(ColumnType.of(TypeKind.INTEGER));
        assertThat(TypeInference.infer("weight_kg", "")).isEqualTo(ColumnType.of(TypeKind.NUMERIC));
        assertThat(TypeInference.infer("distance_km", "")).isEqualTo(ColumnType.of(TypeKind.NUMERIC));
        assertThat(TypeInference.infer("check_in", "")).isEqualTo(ColumnType.of(TypeKind.TEXT)); // not a unit
    }
}

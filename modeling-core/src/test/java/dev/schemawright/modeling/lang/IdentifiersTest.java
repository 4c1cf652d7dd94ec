package dev.schemawright.modeling.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** snake() returns words that are already identifiers as they are, and repairs everything else. */
class IdentifiersTest {
    @Test
    void identifiersPassThroughUnchanged() {
        for (String name : new String[] {"a", "recipe", "recipe_step", "step2", "a1_b2_c3", "x".repeat(63)}) {
            assertThat(Identifiers.snake(name)).isSameAs(name);
        }
    }

    @Test
    void nearIdentifiersAreRepaired() {
        assertThat(Identifiers.snake("recipe__step")).isEqualTo("recipe_step");
        assertThat(Identifiers.snake("recipe_")).isEqualTo("recipe");
        assertThat(Identifiers.snake("_recipe")).isEqualTo("recipe");
        assertThat(Identifiers.snake("1st_step")).isEqualTo("n_1st_step");
        assertThat(Identifiers.snake("recipeStep")).isEqualTo("recipe_step");
        assertThat(Identifiers.snake("Recipe Step")).isEqualTo("recipe_step");
        assertThat(Identifiers.snake("café")).isEqualTo("cafe");
        assertThat(Identifiers.snake("x".repeat(64))).isEqualTo("x".repeat(63));
        assertThat(Identifiers.snake("a_" + "b".repeat(61) + "_c")).isEqualTo("a_" + "b".repeat(61));
        assertThat(Identifiers.snake("")).isEmpty();
    }
}

package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;

/** Canonical entity names: singular snake_case ("RecipeCategories" -> recipe_category, "auth.users" -> user). */
public final class EntityNames {
    /** The authenticated user, whoever stores it (auth.users or an application users table). */
    public static final String USER = "user";

    private EntityNames() {
    }

    public static String of(String raw) {
        String s = raw.strip();
        int dot = s.lastIndexOf('.');
        if (dot >= 0) {
            s = s.substring(dot + 1);
        }
        String snake = Identifiers.snake(s);
        if (snake.isEmpty()) {
            return "";
        }
        return Inflection.singular(snake);
    }

    /** Column names as written ("createdAt" -> created_at). */
    public static String column(String raw) {
        return Identifiers.snake(raw.strip());
    }
}

package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the documents state explicitly about the schema (tables, columns with type hints, references, vetoed tables),
 * keyed by singular snake_case entity name, in first-seen order. Mutable while one reader fills it; never shared.
 */
public final class Sketch {
    public static final class Entity {
        public final String name;
        public final Map<String, Field> fields = new LinkedHashMap<>();
        public final Set<String> sources = new LinkedHashSet<>();
        public boolean join;
        /** Stated as code (SQL DDL, Prisma, DBML, Mermaid, TypeScript, a box diagram), not named in a plan's prose or lists. */
        public boolean code;
        /** Named by an identifier in a plan's list of tables ("medication_schedules: ..."): the authors' name, whatever its words. */
        public boolean identifier;

        Entity(String name) {
            this.name = name;
        }
    }

    public static final class Field {
        public final String name;
        public final StringBuilder hint = new StringBuilder();
        public final Set<String> sources = new LinkedHashSet<>();

        Field(String name) {
            this.name = name;
        }
    }

    /** A reference from entity.column to target entity (target may be "user" for the auth user). */
    public record Reference(String entity, String column, String target, String source) {
    }

    public final Map<String, Entity> entities = new LinkedHashMap<>();
    public final List<Reference> references = new ArrayList<>();
    public final Set<String> vetoed = new LinkedHashSet<>();
    /** Statements that list the plan's tables ("users: ... medications: ..."): their phrases describe those tables, none is another. */
    public final Set<String> tableLists = new LinkedHashSet<>();

    public Entity entity(String name, String source) {
        Entity e = entities.computeIfAbsent(name, Entity::new);
        if (source != null) {
            e.sources.add(source);
        }
        return e;
    }

    public Field field(String entity, String column, String hint, String source) {
        Field f = entity(entity, source).fields.computeIfAbsent(column, Field::new);
        if (hint != null && !hint.isBlank() && f.hint.indexOf(hint) < 0) {
            if (f.hint.length() > 0) {
                f.hint.append(' ');
            }
            f.hint.append(hint);
        }
        if (source != null) {
            f.sources.add(source);
        }
        return f;
    }
}

package dev.schemawright.modeling.read;

import java.util.List;
import java.util.Objects;

/**
 * What the reading phase found in the documents: one typed, immutable statement about the schema, with the requirement
 * it came from ({@code source}) and the rule that made it ({@code rule}). Readers of stated schemas (SQL, Prisma, DBML,
 * Mermaid, TypeScript, plan tables) and the prose rule book both emit claims; every pass after reading works from
 * claims and the model, never from raw text. Names are singular snake_case ("study_session", "recipe.title").
 */
public sealed interface Claim permits Claim.EntityClaim, Claim.FieldClaim, Claim.LinkClaim, Claim.ValueListClaim, Claim.NotStoredClaim,
        Claim.VetoClaim, Claim.SynonymClaim, Claim.FlagClaim, Claim.AccessClaim {

    String rule();

    String source();

    Origin origin();

    /** Canonical one-line text (what a rule's {@code expect:} line lists). */
    String render();

    /** How directly the documents state it: a schema written as code or a plan's structure, or prose. */
    enum Origin { STATED, PROSE }

    /** How a child relates to its parent. */
    enum LinkKind {
        /** The child is part of the parent (its rows go with it): "a deck contains cards", "notes belong to a book". */
        PART_OF,
        /** The child points at a thing that lives on its own: "a booking is for a room". */
        REFERENCES,
        /** Either side has many of the other: "recipes have tags, a tag labels many recipes". */
        MANY_TO_MANY
    }

    /**
     * {@code name} is evidence of a thing the product stores ({@code evidence}: created, stored, listed, owned, described,
     * counted, stated, ...); {@code head} is its head noun ("session" of "study_session").
     */
    record EntityClaim(String name, String head, String evidence, Origin origin, String rule, String source) implements Claim {
        public EntityClaim {
            requireName(name);
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public String render() {
            return "entity " + name + " " + evidence;
        }
    }

    /** {@code entity} has the attribute {@code field} (entity blank: the owner is whatever the statement's story is about). */
    record FieldClaim(String entity, String field, String hint, Origin origin, String rule, String source) implements Claim {
        public FieldClaim {
            Objects.requireNonNull(entity, "entity");
            requireName(field);
            hint = hint == null ? "" : hint;
        }

        @Override
        public String render() {
            return "field " + (entity.isEmpty() ? "?" : entity) + "." + field + (hint.isEmpty() ? "" : " (" + hint + ")");
        }
    }

    /**
     * {@code child} rows point at {@code parent} rows; {@code optional} when a child may have none; {@code column} and
     * {@code onDelete} when the documents state them (blank otherwise).
     */
    record LinkClaim(String child, String parent, LinkKind kind, boolean optional, String column, String onDelete, Origin origin, String rule,
                     String source) implements Claim {
        public LinkClaim {
            requireName(child);
            requireName(parent);
            Objects.requireNonNull(kind, "kind");
            column = column == null ? "" : column;
            onDelete = onDelete == null ? "" : onDelete;
        }

        @Override
        public String render() {
            return "link " + child + " -> " + parent + " " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (optional ? " optional" : "");
        }
    }

    /** The allowed values of {@code entity.field} (entity blank when the statement does not say whose). */
    record ValueListClaim(String entity, String field, List<String> values, Origin origin, String rule, String source) implements Claim {
        public ValueListClaim {
            Objects.requireNonNull(entity, "entity");
            requireName(field);
            values = List.copyOf(values);
        }

        @Override
        public String render() {
            return "values " + (entity.isEmpty() ? "?" : entity) + "." + field + " " + String.join("|", values);
        }
    }

    /** {@code name} is not stored as rows of its own ({@code reason}: derived, view, screen, process, external...). */
    record NotStoredClaim(String name, String reason, Origin origin, String rule, String source) implements Claim {
        public NotStoredClaim {
            requireName(name);
        }

        @Override
        public String render() {
            return "not-stored " + name + " " + reason;
        }
    }

    /** The documents decide against a table for {@code name} ("no separate replacements table"). */
    record VetoClaim(String name, Origin origin, String rule, String source) implements Claim {
        public VetoClaim {
            requireName(name);
        }

        @Override
        public String render() {
            return "veto " + name;
        }
    }

    /** {@code name} and {@code other} are one thing ("clients (also called customers)"). */
    record SynonymClaim(String name, String other, Origin origin, String rule, String source) implements Claim {
        public SynonymClaim {
            requireName(name);
            requireName(other);
        }

        @Override
        public String render() {
            return "synonym " + name + " = " + other;
        }
    }

    /** A design-wide switch the documents set or refuse: soft-delete, audit, tenancy, supabase-auth... */
    record FlagClaim(String flag, boolean on, Origin origin, String rule, String source) implements Claim {
        public FlagClaim {
            requireName(flag.replace('-', '_'));
        }

        @Override
        public String render() {
            return "flag " + flag + (on ? "" : " off");
        }
    }

    /** Users find {@code entity} rows by {@code field} ({@code kind}: search, filter, sort). */
    record AccessClaim(String entity, String field, String kind, Origin origin, String rule, String source) implements Claim {
        public AccessClaim {
            Objects.requireNonNull(entity, "entity");
            requireName(field);
        }

        @Override
        public String render() {
            return "access " + (entity.isEmpty() ? "?" : entity) + "." + field + " " + kind;
        }
    }

    private static void requireName(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a snake_case name: " + name);
        }
    }
}

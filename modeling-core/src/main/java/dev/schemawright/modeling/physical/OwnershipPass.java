package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.DomainReading;
import dev.schemawright.modeling.domain.EntityNames;
import dev.schemawright.modeling.domain.Readings;
import dev.schemawright.modeling.domain.Sketch;
import dev.schemawright.modeling.domain.Things;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ownership: a top-level entity (no parent in the model) that users create belongs to its user, through user_id to
 * auth.users (Supabase) or the users table, ON DELETE CASCADE. Shared catalog data (seeded, cached from an API, system
 * defined) and tables a plan lists without an owner column stay unowned.
 */
public final class OwnershipPass implements DesignPass {
    private static final java.util.regex.Pattern OWNER_IN_ALL_TABLES = java.util.regex.Pattern.compile(
            ".*\\b(user_id|owner)\\b.*\\b(all|every|each|dependent|child)\\b[^.]*\\btables?\\b.*");
    private static final java.util.regex.Pattern ALL_TABLES_HAVE_OWNER = java.util.regex.Pattern.compile(
            ".*\\b(all|every|each)\\b[^.]*\\btables?\\b[^.]*\\b(include|have|carry|with)\\b[^.]*\\buser_id\\b.*");
    private static final java.util.Set<String> ACTIVITY = java.util.Set.of("attempt", "session", "import", "revision", "review", "rating", "vote",
            "booking", "reservation", "submission", "payment", "comment", "favorite", "bookmark", "visit", "enrollment", "application", "request");
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Sketch sketch = Readings.sketch(ctx);
        DomainReading prose = Readings.prose(ctx);
        // "user_id in all domain tables", "include user_id in dependent tables": the plan denormalizes the owner for direct RLS
        boolean ownerEverywhere = ctx.intake().statements().stream().map(s -> s.text().toLowerCase(Locale.ROOT))
                .anyMatch(x -> x.contains("table") && (OWNER_IN_ALL_TABLES.matcher(x).matches() || ALL_TABLES_HAVE_OWNER.matcher(x).matches()));
        List<Table> out = new ArrayList<>();
        for (Table t : m.tables()) {
            if (!needsOwner(t, m, sketch, prose, ownerEverywhere)) {
                out.add(t);
                continue;
            }
            out.add(withOwner(m, t));
        }
        return m.withTables(out);
    }

    /** The table with its owner: user_id to auth.users (Supabase) or the users table, deleted with the account. */
    public static Table withOwner(SchemaModel m, Table t) {
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        List<Column> cols = new ArrayList<>(t.columns());
        if (cols.stream().noneMatch(c -> c.name().equals("user_id"))) {
            KeyColumns.insert(cols, new Column("user_id", ColumnType.of(TypeKind.UUID), false,
                    supabase ? DefaultValue.of(DefaultKind.CURRENT_USER) : null, false, "owner", t.sources().isEmpty() ? List.of() : List.of(t.sources().get(0))));
        }
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        fks.add(new ForeignKey(t.name() + "_user_id_fkey", List.of("user_id"), supabase ? "auth" : null, supabase ? "users" : ModelQueries.userTable(m),
                List.of("id"), FkAction.CASCADE, "owned by its user: deleting the account deletes the user's rows", List.of()));
        return t.withColumns(cols).withForeignKeys(fks);
    }

    private static boolean needsOwner(Table t, SchemaModel m, Sketch sketch, DomainReading prose, boolean ownerEverywhere) {
        if (t.kind() != TableKind.ENTITY && t.kind() != TableKind.LOG || t.name().equals("profile") || t.name().equals(ModelQueries.userTable(m)) || t.name().equals("invitation")
                || m.table(t.name() + "_member").isPresent() || t.name().equals(EntityNames.USER)) {
            return false;
        }
        boolean hasUserFk = t.foreignKeys().stream().anyMatch(f -> f.external() || f.refTable().equals(ModelQueries.userTable(m)) || f.refTable().equals("profile"))
                || t.columns().stream().anyMatch(c -> c.description().equals("tenant"));
        if (hasUserFk) {
            return false;
        }
        // a required parent carries the ownership; an optional one ("a book may belong to a series") does not
        // ... unless the parent is shared reference data (LOOKUP), which has no owner to pass on
        boolean hasParent = t.foreignKeys().stream().anyMatch(f -> !f.external() && !shared(m, f.refTable()) && t.column(f.columns().get(0)).map(c -> !c.nullable()).orElse(true))
                || m.relationships().stream().anyMatch(r -> r.to().equals(t.name()) && !r.optional() && !shared(m, r.from())
                && r.cardinality() != dev.schemawright.contracts.model.Cardinality.MANY_TO_MANY);
        // what a user does to something (an attempt at a quiz, an import of a recipe, a log entry) records who did it
        boolean activity = t.kind() == TableKind.LOG || ACTIVITY.contains(t.name().substring(t.name().lastIndexOf('_') + 1));
        DomainReading.Candidate said = prose.candidates.get(t.name());
        // what users create or call theirs records who did, even under a parent: "users add comments to a brief"
        boolean userMade = said != null && (said.userCreated || said.cues.contains("owned"));
        if (hasParent && !ownerEverywhere && !activity && !userMade) {
            return false;
        }
        // labels users put on their own rows ("users tag cards with tags") are made as they are used: each user's own,
        // unless the documents call them shared or predefined
        boolean userLabels = !hasParent && Things.isLabel(t.name().substring(t.name().lastIndexOf('_') + 1))
                && m.relationships().stream().anyMatch(r -> r.cardinality() == dev.schemawright.contracts.model.Cardinality.MANY_TO_MANY
                && (r.to().equals(t.name()) || r.from().equals(t.name())));
        if (!hasParent && !userLabels && said != null && !said.userCreated && !said.cues.contains("owned") && !said.cues.contains("managed")
                && sketch.entities.get(t.name()) == null) {
            return false; // browsed, never made or kept by a user: a shared catalog ("politicians", "exercises")
        }
        Sketch.Entity planned = sketch.entities.get(t.name());
        if (planned != null && planned.fields.size() >= 3) {
            return false; // the plan lists its columns and chose no owner
        }
        DomainReading.Candidate c = prose.candidates.get(t.name());
        return c == null || !shared(c);
    }

    private static boolean shared(SchemaModel m, String table) {
        return m.table(table).filter(t -> t.kind() == TableKind.LOOKUP).isPresent();
    }

    private static boolean shared(DomainReading.Candidate c) {
        String cues = String.join(" ", c.cues).toLowerCase(Locale.ROOT);
        return c.shared || (!c.userCreated && cues.contains("import") && !cues.contains("create"));
    }
}

package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.EntityNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Where users live. Supabase Auth: auth.users is external, and a profile table (id = auth.users.id) holds what the
 * product knows about a user. Otherwise the application owns a users table with a unique e-mail/username.
 */
public final class UsersTablePass implements DesignPass {
    private static String signingInActor(DesignContext ctx, List<Table> tables) {
        String best = null;
        int bestCount = 0;
        List<String> texts = ctx.intake().statements().stream().map(st -> st.text().toLowerCase(java.util.Locale.ROOT)).toList();
        for (Table t : tables) {
            if (t.kind() != TableKind.ENTITY || t.name().contains("_")) {
                continue;
            }
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(t.name())
                    + "s?\\b[^.]{0,30}\\b(log(?:s|ged)? ?in|signs? in|login form|sign-in form|submits credentials|enters (?:their )?(?:password|credentials))\\b");
            int n = 0;
            for (String text : texts) {
                if (text.contains(t.name()) && p.matcher(text).find()) {
                    n++;
                }
            }
            if (n > bestCount) {
                best = t.name();
                bestCount = n;
            }
        }
        return bestCount >= 2 ? best : null;
    }
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<Table> tables = new ArrayList<>(m.tables());
        if (m.stack().auth() == AuthProvider.SUPABASE) {
            int idx = ModelQueries.indexOf(tables, "profile");
            Table p = idx >= 0 ? tables.get(idx) : Table.of("profile", TableKind.ENTITY, List.of(), List.of()).withDescription("One row per auth.users user");
            List<Column> cols = new ArrayList<>(p.columns());
            cols.removeIf(c -> c.name().equals("id") || c.name().equals("user_id"));
            cols.add(0, new Column("id", ColumnType.of(TypeKind.UUID), false, null, false, "= auth.users.id", List.of()));
            List<ForeignKey> fks = new ArrayList<>(p.foreignKeys());
            fks.removeIf(f -> f.columns().contains("user_id") || f.columns().contains("id"));
            fks.add(new ForeignKey("profile_id_fkey", List.of("id"), "auth", "users", List.of("id"), FkAction.CASCADE,
                    "a profile exists only for its auth user", List.of()));
            p = p.withColumns(cols).withForeignKeys(fks).withPrimaryKey(List.of("id"));
            if (idx >= 0) {
                tables.set(idx, p);
            } else {
                tables.add(0, p);
            }
        } else {
            int idx = ModelQueries.indexOf(tables, EntityNames.USER);
            if (idx < 0) {
                // the people who sign in may have a role name of their own ("the operator submits credentials")
                String actor = signingInActor(ctx, tables);
                idx = actor == null ? -1 : ModelQueries.indexOf(tables, actor);
            }
            Table u = idx >= 0 ? tables.get(idx) : Table.of(EntityNames.USER, TableKind.ENTITY, List.of(), List.of());
            u = u.withDescription(ModelQueries.APPLICATION_USERS);
            List<Column> cols = new ArrayList<>(u.columns());
            List<UniqueConstraint> uniques = new ArrayList<>(u.uniques());
            boolean hasLogin = cols.stream().anyMatch(c -> c.name().equals("email") || c.name().equals("username"));
            if (!hasLogin) {
                cols.add(new Column("email", ColumnType.varchar(255), false, null, false, "login identifier", List.of()));
                uniques.add(new UniqueConstraint(u.name() + "_email_key", List.of("email"), List.of()));
            }
            if (cols.stream().noneMatch(c -> c.name().startsWith("password"))) {
                cols.add(new Column("password_hash", ColumnType.of(TypeKind.TEXT), false, null, false, "never the password itself", List.of()));
            }
            u = u.withColumns(cols).withUniques(uniques);
            if (idx >= 0) {
                tables.set(idx, u);
            } else {
                tables.add(0, u);
            }
        }
        return m.withTables(tables);
    }
}

package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.EntityNames;
import dev.schemawright.modeling.intake.NfrFlags;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Group tenancy: when users join, are invited to, or are members of a group entity (an organization, team, household,
 * workspace...), that entity is the tenant. Membership becomes a join table (tenant, user, role, joined_at), invitations
 * get their own table when the text invites people, and top-level data is owned by the tenant rather than by one
 * user (tenant key, ON DELETE CASCADE). Runs before ownership, which then leaves tenant-owned tables alone.
 */
public final class TenancyPass implements DesignPass {

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        String tenant = tenant(ctx, m);
        if (tenant == null || m.table(tenant + "_member").isPresent() && m.decisions().stream().anyMatch(d -> d.id().equals(NfrFlags.TENANCY.decisionId))) {
            return m;
        }
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        List<Table> tables = new ArrayList<>();
        String key = tenant + "_id";
        List<String> sources = m.table(tenant).map(Table::sources).orElse(List.of());
        String userTable = supabase ? "users" : ModelQueries.userTable(m);
        String userSchema = supabase ? "auth" : null;
        java.util.Set<String> replaced = java.util.Set.of("member", tenant + "_member");
        for (Table source : m.tables()) {
            if (replaced.contains(source.name()) || linksTenantAndMember(source, tenant, replaced)) {
                continue; // replaced by the membership table (a tenant-member link table says what the membership says)
            }
            Table t = memberReferencesToUsers(source, replaced, userSchema, userTable);
            if (t.name().equals(tenant)) {
                tables.add(withCreator(t, userSchema, userTable, sources));
                continue;
            }
            boolean topLevel = t.kind() == TableKind.ENTITY && !t.name().equals(tenant) && !t.name().equals("profile") && !t.name().equals(EntityNames.USER)
                    && t.foreignKeys().stream().noneMatch(f -> !f.external()) && m.relationships().stream().noneMatch(r -> r.to().equals(t.name()) && !r.optional());
            if (topLevel && !t.hasColumn(key)) {
                List<Column> cols = new ArrayList<>(t.columns());
                KeyColumns.insert(cols, new Column(key, ColumnType.of(TypeKind.UUID), false, null, false, "tenant", sources));
                List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
                fks.add(new ForeignKey(t.name() + "_" + key + "_fkey", List.of(key), null, tenant, List.of("id"), FkAction.CASCADE,
                        "tenant-owned: deleting the " + tenant + " deletes its data", sources));
                tables.add(t.withColumns(cols).withForeignKeys(fks));
            } else {
                tables.add(t);
            }
        }
        Table members = new Table(tenant + "_member", TableKind.JOIN, "Users who belong to a " + tenant, List.of(
                new Column(key, ColumnType.of(TypeKind.UUID), false, null, false, "", sources),
                new Column("user_id", ColumnType.of(TypeKind.UUID), false, null, false, "", sources),
                new Column("role", ColumnType.of(TypeKind.TEXT), false, DefaultValue.string("member"), false,
                        "member role in the " + tenant + "; its creator joins first, as owner", sources),
                new Column("joined_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false, DefaultValue.of(DefaultKind.NOW), false, "", sources)),
                List.of(key, "user_id"), List.of(
                new ForeignKey(tenant + "_member_" + key + "_fkey", List.of(key), null, tenant, List.of("id"), FkAction.CASCADE, "membership ends with its " + tenant, sources),
                new ForeignKey(tenant + "_member_user_id_fkey", List.of("user_id"), userSchema, userTable, List.of("id"), FkAction.CASCADE, "membership ends with the account", sources)),
                List.of(), List.of(), List.of(), false, List.of(), sources);
        tables.add(members);
        if (mentionsInvitations(ctx) && tables.stream().noneMatch(t -> t.name().equals("invitation"))) {
            tables.add(new Table("invitation", TableKind.ENTITY, "Pending invitations to join a " + tenant, List.of(
                    new Column(key, ColumnType.of(TypeKind.UUID), false, null, false, "", sources),
                    new Column("invited_by", ColumnType.of(TypeKind.UUID), false, null, false, "the member who invited", sources),
                    new Column("invitee_email", ColumnType.varchar(255), false, null, false, "", sources),
                    new Column("token", ColumnType.of(TypeKind.TEXT), false, null, false, "single-use link token", sources),
                    new Column("status", ColumnType.of(TypeKind.TEXT), false, DefaultValue.string("pending"), false, "", sources),
                    new Column("expires_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false, null, false, "", sources)),
                    List.of(), List.of(
                    new ForeignKey("invitation_" + key + "_fkey", List.of(key), null, tenant, List.of("id"), FkAction.CASCADE, "invitations end with their " + tenant, sources),
                    new ForeignKey("invitation_invited_by_fkey", List.of("invited_by"), userSchema, userTable, List.of("id"), FkAction.CASCADE, "", sources)),
                    List.of(new dev.schemawright.contracts.model.UniqueConstraint("invitation_token_key", List.of("token"), sources)), List.of(),
                    List.of(), false, List.of(), sources));
        }
        List<Decision> decisions = new ArrayList<>(m.decisions());
        decisions.removeIf(d -> d.id().equals(NfrFlags.TENANCY.decisionId));
        decisions.add(new Decision(NfrFlags.TENANCY.decisionId, "tenancy", "Data belongs to a " + tenant + "; users reach it through " + tenant
                + "_members. Any user may create a " + tenant + " (" + ModelQueries.CREATOR_COLUMN + " defaults to them) and add themself as its first member"
                + " (role owner); its members then share its data", "Rows owned by individual users; " + Inflection.plural(tenant) + " created only by a privileged role",
                "Users join, are invited to, or are members of a " + tenant, sources));
        java.util.Set<String> kept = new java.util.HashSet<>();
        tables.forEach(t -> kept.add(t.name()));
        // links to the member entity the membership replaced say nothing the membership table does not
        List<dev.schemawright.contracts.model.Relationship> rels = m.relationships().stream()
                .filter(r -> kept.contains(r.from()) && kept.contains(r.to()) && (r.via() == null || kept.contains(r.via()))).toList();
        return m.withTables(tables).withDecisions(decisions).withRelationships(rels);
    }

    /**
     * The creator column: defaults to the current user; SET NULL so the tenant outlives its creator's account. Nullable
     * also lets a privileged role create a tenant on someone's behalf.
     */
    private static Table withCreator(Table t, String userSchema, String userTable, List<String> sources) {
        List<Column> cols = new ArrayList<>(t.columns());
        if (!t.hasColumn(ModelQueries.CREATOR_COLUMN)) {
            KeyColumns.insert(cols, new Column(ModelQueries.CREATOR_COLUMN, ColumnType.of(TypeKind.UUID), true, DefaultValue.of(DefaultKind.CURRENT_USER), false,
                    "the user who created the " + t.name() + " and may add its first member", sources));
        }
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        if (fks.stream().noneMatch(f -> f.columns().contains(ModelQueries.CREATOR_COLUMN))) {
            fks.add(new ForeignKey(t.name() + "_" + ModelQueries.CREATOR_COLUMN + "_fkey", List.of(ModelQueries.CREATOR_COLUMN), userSchema, userTable, List.of("id"), FkAction.SET_NULL,
                    "the " + t.name() + " outlives its creator's account", sources));
        }
        return t.withColumns(cols).withForeignKeys(fks);
    }

    private static boolean linksTenantAndMember(Table t, String tenant, java.util.Set<String> replaced) {
        List<String> targets = t.foreignKeys().stream().filter(f -> !f.external()).map(ForeignKey::refTable).toList();
        return t.kind() == TableKind.JOIN && targets.size() == 2 && targets.contains(tenant) && targets.stream().anyMatch(replaced::contains);
    }

    /** A key to the member entity the membership replaces points at the member's account instead (a member is a user). */
    private static Table memberReferencesToUsers(Table t, java.util.Set<String> replaced, String userSchema, String userTable) {
        if (t.foreignKeys().stream().noneMatch(f -> replaced.contains(f.refTable()))) {
            return t;
        }
        List<ForeignKey> fks = t.foreignKeys().stream().map(f -> replaced.contains(f.refTable())
                ? new ForeignKey(f.name(), f.columns(), userSchema, userTable, List.of("id"), f.onDelete(),
                        "the member's account (members are users of the tenant)", f.sources()) : f).toList();
        return t.withForeignKeys(fks);
    }

    /** The entity users join or are members of, when the text says so at least twice. */
    static String tenant(DesignContext ctx, SchemaModel m) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        List<String> texts = ctx.intake().statements().stream().map(s -> s.text().toLowerCase(Locale.ROOT)).toList();
        for (Table t : m.tables()) {
            if (t.kind() != TableKind.ENTITY || t.name().equals("profile") || t.name().equals(EntityNames.USER) || t.name().contains("_")) {
                continue;
            }
            String one = t.name();
            String many = Inflection.plural(one);
            String e = "(?:" + Pattern.quote(one) + "|" + Pattern.quote(many) + ")";
            Pattern cue = Pattern.compile("\\b(?:join(?:s|ed|ing)?\\s+(?:the\\s+|a\\s+|an\\s+|my\\s+|their\\s+|your\\s+)?" + e
                    + "|invit\\w*\\s+(?:\\w+\\s+){0,3}(?:to|into)\\s+(?:the\\s+|a\\s+|my\\s+|their\\s+|your\\s+)?" + e
                    + "|members?\\s+of\\s+(?:the\\s+|a\\s+|my\\s+|their\\s+|your\\s+|several\\s+|many\\s+|multiple\\s+|one or more\\s+)?" + e + "|" + e + "\\s+members?|(?:their|my|your|our)\\s+" + e + "(?:'s)?\\s+id\\b|around\\s+a\\s+\"?" + e + "\"?\\s+unit)");
            int n = 0;
            for (String text : texts) {
                if (!text.contains(one) && !text.contains(many)) {
                    continue; // every cue names the entity; most statements do not
                }
                Matcher mm = cue.matcher(text);
                while (mm.find()) {
                    n++;
                }
            }
            if (n >= 2) {
                votes.put(one, n);
            }
        }
        return votes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static final Pattern INVITES = Pattern.compile(".*\\binvit(e|es|ed|ing|ation|ations)\\b.*");

    private static boolean mentionsInvitations(DesignContext ctx) {
        return ctx.intake().statements().stream().anyMatch(s -> INVITES.matcher(s.text().toLowerCase(Locale.ROOT)).matches());
    }
}

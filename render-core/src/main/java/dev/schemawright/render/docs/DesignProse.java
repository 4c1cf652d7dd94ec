package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DesignNote;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.render.naming.CaseConversion;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.relations.RelationPlan;
import dev.schemawright.render.relations.RelationPlan.Link;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.IndexPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The prose of design.md, written from the model for the team that builds the prototype: what it stores and how on
 * SQLite, what the documents leave out, volume and access patterns, relationships in words with their delete
 * behaviour, the indexes the stories ask for, and what changes on the way to PostgreSQL and Prisma. Every sentence
 * names this model's tables and columns, so no paragraph reads the same in two projects.
 */
final class DesignProse {
    private static final int FEW = 6;

    private DesignProse() {
    }

    // ---------------------------------------------------------------- 1. summary

    static void summary(StringBuilder out, SchemaModel m) {
        Groups g = Groups.of(m);
        List<String> parts = new ArrayList<>();
        if (!g.owned.isEmpty()) {
            parts.add("each signed-in user owns their " + codes(g.owned));
        }
        if (!g.tenants.isEmpty()) {
            parts.add(codes(g.tenants) + " group users, and their members share the rows under them");
        }
        if (!g.children.isEmpty()) {
            parts.add(codes(g.children) + " live under the row they belong to and go when it goes");
        }
        if (!g.shared.isEmpty()) {
            parts.add(codes(g.shared) + (g.shared.size() == 1 ? " is" : " are") + " shared by every user");
        }
        if (!g.joins.isEmpty()) {
            parts.add(codes(g.joins) + " link pairs of rows many-to-many");
        }
        if (!g.logs.isEmpty()) {
            parts.add(codes(g.logs) + (g.logs.size() == 1 ? " is an append-only log" : " are append-only logs"));
        }
        out.append("**What the prototype stores.** ").append(m.tables().size()).append(m.tables().size() == 1 ? " table" : " tables")
                .append(" for ").append(Markdown.text(m.title())).append(parts.isEmpty() ? "." : ": " + sentenceList(parts) + ".");
        if (!g.users.isEmpty()) {
            out.append(' ').append(codes(g.users)).append(" hold").append(g.users.size() == 1 ? "s" : "").append(" what the product knows of each user")
                    .append(m.stack().auth() == AuthProvider.SUPABASE ? ", next to the account Supabase Auth keeps in `auth.users`." : ".");
        }
        out.append("\n\n");

        out.append("- **On SQLite with SQLModel.** `models.py` and `schema.sqlite.sql` run the prototype: ")
                .append(m.stack().keys() == KeyStrategy.UUID ? "uuid keys are 36-character text made in Python (`new_uuid`)" : "integer keys SQLite numbers itself");
        List<String> enumColumns = columns(m, c -> c.type().kind() == TypeKind.ENUM);
        if (!enumColumns.isEmpty()) {
            out.append("; ").append(codes(enumColumns)).append(enumColumns.size() == 1 ? " takes" : " take").append(" a Python enum and a CHECK on text");
        }
        List<String> json = columns(m, c -> c.type().array() || c.type().kind() == TypeKind.JSON);
        if (!json.isEmpty()) {
            out.append("; ").append(codes(json)).append(json.size() == 1 ? " is" : " are").append(" JSON text");
        }
        out.append("; timestamps are UTC text; foreign keys act only with `PRAGMA foreign_keys=ON`");
        List<String> filters = queryFilters(m);
        if (!filters.isEmpty()) {
            out.append(". SQLite has no row-level security, so the prototype's queries do what the policies do: ").append(sentenceList(filters));
        }
        out.append(".\n");

        List<DesignNote> left = notes(m, DesignNote.Kind.OUT_OF_SCOPE);
        if (left.isEmpty()) {
            out.append("- **Left out.** The documents set nothing aside for later: ").append(codes(m.tables().stream().map(Table::name).toList()))
                    .append(" cover what their stories name.\n");
        } else {
            out.append("- **Left out.** The documents set these aside; the design has no table or column for them yet:\n");
            left.forEach(n -> out.append("  - “").append(Markdown.text(n.text())).append("”\n"));
        }
        List<DesignNote> volume = notes(m, DesignNote.Kind.VOLUME);
        boolean volumeAsked = m.openQuestions().stream().anyMatch(q -> q.id().equals("q-volume") && !q.answered());
        if (volume.isEmpty()) {
            out.append("- **Volume.** The documents give no figures").append(volumeAsked ? "; the design assumes a small prototype (`q-volume`)" : "")
                    .append(", so the largest tables are likely ").append(codes(largest(m))).append(".\n");
        } else {
            out.append("- **Volume and limits.** What the documents say about size:\n");
            volume.forEach(n -> out.append("  - “").append(Markdown.text(n.text())).append("”\n"));
        }
        List<String> patterns = accessPatterns(m);
        if (patterns.isEmpty()) {
            out.append("- **Access patterns.** The stories name no search, filter or sort beyond following links and owners, so the indexes serve ")
                    .append(codes(fkIndexed(m))).append(".\n");
        } else {
            out.append("- **Access patterns.** What the stories read most, each served by an index:\n");
            patterns.forEach(p -> out.append("  - ").append(p).append('\n'));
        }
        out.append("- **Who sees what.** ").append(whoSeesWhat(m)).append('\n');
    }

    private static String whoSeesWhat(SchemaModel m) {
        Map<String, List<String>> groups = readRules(m);
        if (groups.isEmpty()) {
            return "No table has row-level security: the application decides who reads what.";
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((rule, tables) -> parts.add(rule + " (" + codes(tables) + ")"));
        StringBuilder b = new StringBuilder("In PostgreSQL the policies give ").append(sentenceList(parts)).append('.');
        long sharing = notes(m, DesignNote.Kind.SHARING).size();
        List<String> asked = m.openQuestions().stream().filter(q -> q.id().startsWith("q-access-") && !q.answered()).map(OpenQuestion::id).toList();
        List<String> paths = m.decisions().stream().filter(d -> d.id().startsWith("decision-access-")).map(d -> d.topic().replaceFirst("^who reads what: ", "")).toList();
        if (sharing > 0) {
            b.append(" The documents speak of others seeing data ").append(sharing == 1 ? "once" : sharing + " times");
            if (!paths.isEmpty()) {
                b.append("; the policies give ").append(sentenceList(paths.stream().map(Markdown::text).toList())).append(" their own access path");
            }
            if (!asked.isEmpty()) {
                b.append(paths.isEmpty() ? "; " : ", and ").append("asked about in ").append(codes(asked));
            }
            b.append('.');
        }
        return b.toString();
    }

    /** "owner only", "through the parent row" ... -> tables, by each table's SELECT policy. */
    static Map<String, List<String>> readRules(SchemaModel m) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Table t : m.tables()) {
            t.policies().stream().filter(p -> p.command() == PolicyCommand.SELECT).findFirst().ifPresent(p -> {
                PolicyRuleKind k = p.rule().kind();
                String group = k == PolicyRuleKind.OWNER ? (p.rule().orOwnerColumn() == null ? "owners their own rows"
                        : "owners their rows and the user a row names read access")
                        : k == PolicyRuleKind.PARENT_OWNER || k == PolicyRuleKind.PARENT_ACCESS ? "users the rows under what they may read"
                        : k == PolicyRuleKind.TENANT_MEMBER ? "members their group's rows" : k == PolicyRuleKind.AUTHENTICATED ? "every signed-in user read access"
                        : "only the service role access";
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(t.name());
            });
        }
        return groups;
    }

    // ---------------------------------------------------------------- 2. relationships

    static void relationships(StringBuilder out, SchemaModel m, RelationPlan plan) {
        boolean any = false;
        for (Link l : plan.links()) {
            if (plan.manyToMany(l.child()) != null) {
                continue;
            }
            any = true;
            String parent = one(l.parent().name());
            String child = one(l.child().name());
            String column = Markdown.code(l.child().name() + "." + String.join(", ", l.fk().columns()));
            FkAction a = l.fk().onDelete();
            out.append("- ");
            if (a == FkAction.CASCADE) {
                out.append("Each **").append(parent).append("** has ").append(l.oneToOne() ? "at most one **" + child : "many **" + many(l.child().name()))
                        .append("**; ").append(article(child)).append(l.optional() ? " may belong to " + article(parent) : " belongs to exactly one " + parent)
                        .append(" (").append(column).append(") and is deleted with it (ON DELETE CASCADE).");
            } else if (a == FkAction.SET_NULL) {
                out.append(capital(article(child))).append(l.selfReference() ? " may sit under another **" : " may refer to a **").append(parent).append("** (").append(column)
                        .append(", optional); deleting the ").append(parent).append(" keeps its ").append(many(l.child().name()))
                        .append(" and clears the link (ON DELETE SET NULL).");
            } else {
                out.append("Each **").append(child).append("** refers to ").append(l.optional() ? "at most one **" : "one **").append(parent).append("** (")
                        .append(column).append("); ").append(article(parent)).append(" still referred to cannot be deleted (ON DELETE ")
                        .append(a == FkAction.RESTRICT ? "RESTRICT" : "NO ACTION").append(").");
            }
            out.append('\n');
        }
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.external()) {
                    continue;
                }
                any = true;
                String child = one(t.name());
                out.append("- ");
                String column = Markdown.code(t.name() + "." + String.join(", ", fk.columns())) + " → " + Markdown.code(fk.refSchema() + "." + fk.refTable());
                if (fk.onDelete() == FkAction.CASCADE) {
                    out.append("Each **").append(child).append("** belongs to one user (").append(column).append("); deleting the account deletes the user's ")
                            .append(many(t.name())).append(" (ON DELETE CASCADE).");
                } else if (fk.onDelete() == FkAction.SET_NULL) {
                    out.append(capital(article(child))).append(" may name a user (").append(column).append("); deleting the account keeps the ")
                            .append(child).append(" and clears the link (ON DELETE SET NULL).");
                } else {
                    out.append("Each **").append(child).append("** names a user (").append(column).append("); an account still named cannot be deleted (ON DELETE ")
                            .append(fk.onDelete().name().replace('_', ' ')).append(").");
                }
                out.append('\n');
            }
        }
        for (RelationPlan.ManyToMany mm : plan.manyToManyLinks()) {
            any = true;
            String a = many(mm.left().parent().name());
            String b = many(mm.right().parent().name());
            boolean restricted = mm.left().fk().onDelete() == FkAction.RESTRICT || mm.right().fk().onDelete() == FkAction.RESTRICT;
            out.append("- **").append(capital(a)).append("** and **").append(b).append("** are many-to-many through ").append(Markdown.code(mm.join().name()))
                    .append(": one row per pair").append(restricted ? "; a row still linked cannot be deleted" : ", deleted with either side").append(".\n");
        }
        if (!any) {
            out.append("No foreign keys: every table stands on its own.\n");
        }
    }

    // ---------------------------------------------------------------- 4. SQLModel

    static void sqlModel(StringBuilder out, SchemaModel m) {
        List<String> required = new ArrayList<>();
        for (Table t : m.tables()) {
            for (Column c : t.columns()) {
                if (!c.nullable() && c.defaultValue() == null && !c.identity() && !t.primaryKey().contains(c.name())
                        && t.foreignKeys().stream().noneMatch(fk -> fk.columns().contains(c.name())) && required.size() < 4) {
                    required.add(t.name() + "." + c.name());
                }
            }
        }
        boolean standIn = m.tables().stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(ForeignKey::external));
        out.append("`models.py` has a class per table (").append(m.tables().size()).append(')')
                .append(standIn ? " and a stand-in `User` for `auth.users`, so each owned row reaches its user and each user their rows" : "")
                .append(". Required columns are plain annotations with no default")
                .append(required.isEmpty() ? "" : " (" + codes(required) + ")").append(", `Optional[...] = None` marks the ones that may be NULL")
                .append(m.enums().isEmpty() ? "" : ", the enum columns take Python enum classes (" + codes(m.enums().stream().map(e -> e.name()).toList()) + ")")
                .append(", and every link is a `Relationship()` on both sides. It imports under Debian's SQLModel 0.0.8 (pydantic 1) and current SQLModel")
                .append(" (pydantic 2); both are checked by the conformance suite.\n");
    }

    // ---------------------------------------------------------------- 5. towards PostgreSQL

    static void towardsPostgres(StringBuilder out, SchemaModel m) {
        int indexes = m.tables().stream().mapToInt(t -> IndexPlan.of(m).indexes(t).size()).sum();
        int policies = m.tables().stream().mapToInt(t -> t.policies().size()).sum();
        out.append("- `schema.postgres.sql` creates the ").append(m.tables().size()).append(" tables")
                .append(m.enums().isEmpty() ? "" : ", " + m.enums().size() + " enum type" + (m.enums().size() == 1 ? "" : "s"))
                .append(", ").append(indexes).append(" indexes and ").append(policies).append(" policies in one transaction: apply it once to an empty database")
                .append(" and change it through migrations after that (Prisma Migrate, or Alembic beside SQLModel).\n");
        List<String> native_ = new ArrayList<>();
        EnumTypeNames enumNames = EnumTypeNames.of(m);
        if (!m.enums().isEmpty()) {
            native_.add("enum types " + codes(m.enums().stream().map(e -> enumNames.physical(e.name())).toList()));
        }
        List<String> arrays = columns(m, c -> c.type().array());
        if (!arrays.isEmpty()) {
            native_.add("arrays for " + codes(arrays));
        }
        List<String> json = columns(m, c -> !c.type().array() && c.type().kind() == TypeKind.JSON);
        if (!json.isEmpty()) {
            native_.add("jsonb for " + codes(json));
        }
        List<String> stamps = columns(m, c -> c.type().kind() == TypeKind.TIMESTAMPTZ);
        if (!stamps.isEmpty()) {
            native_.add("timestamptz for " + stamps.size() + " timestamp column" + (stamps.size() == 1 ? "" : "s"));
        }
        if (!native_.isEmpty()) {
            out.append("- Native types take the place of SQLite's text: ").append(sentenceList(native_)).append(".\n");
        }
        Map<String, List<String>> rules = readRules(m);
        if (!rules.isEmpty()) {
            List<String> parts = new ArrayList<>();
            rules.forEach((rule, tables) -> parts.add(rule + " (" + codes(tables) + ")"));
            out.append("- Row-level security takes over from the prototype's owner filters: ").append(sentenceList(parts)).append('.');
            long helpers = m.tables().stream().flatMap(t -> t.policies().stream()).map(Policy::rule)
                    .filter(r -> r.kind() == PolicyRuleKind.PARENT_OWNER || r.kind() == PolicyRuleKind.TENANT_MEMBER || r.kind() == PolicyRuleKind.PARENT_ACCESS)
                    .map(r -> r.kind() + r.parentTable() + r.parentKeyColumn() + r.parentOwnerColumn()).distinct().count();
            if (helpers > 0) {
                out.append(" Checks through a parent or a membership call ").append(helpers).append(" `SECURITY DEFINER` lookup function")
                        .append(helpers == 1 ? "" : "s").append(" in the `").append(PostgresRenderer.HELPER_SCHEMA)
                        .append("` schema, which PostgREST does not expose as RPC endpoints.");
            }
            out.append('\n');
        }
        List<String> currentUser = columns(m, c -> c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.CURRENT_USER);
        if (m.stack().auth() == AuthProvider.SUPABASE) {
            out.append("- Users stay in Supabase Auth: Prisma maps `auth.users` (its key only) in schema `auth`, so a query can include a row's user.")
                    .append(currentUser.isEmpty() ? "" : " " + codes(currentUser) + " default to `auth.uid()`, which is NULL on a direct Prisma connection: set them in code.")
                    .append('\n');
        } else if (m.tables().stream().anyMatch(Table::rlsEnabled)) {
            out.append("- The application owns its users: every transaction sets `").append(PostgresRenderer.CURRENT_USER_SETTING)
                    .append("` for the policies").append(currentUser.isEmpty() ? "" : " and for the defaults of " + codes(currentUser)).append(".\n");
        }
        List<String> checks = m.tables().stream().flatMap(t -> t.checks().stream().map(c -> c.name())).toList();
        List<String> partial = new ArrayList<>();
        m.tables().forEach(t -> t.indexes().stream().filter(Index::partial).forEach(ix -> partial.add(ix.name())));
        if (!checks.isEmpty() || !partial.isEmpty()) {
            out.append("- Prisma keeps ").append(checks.isEmpty() ? "" : "the CHECKs " + codes(checks)).append(!checks.isEmpty() && !partial.isEmpty() ? " and " : "")
                    .append(partial.isEmpty() ? "" : "the partial indexes " + codes(partial)).append(" as comments: PostgreSQL enforces them.\n");
        }
        List<String> logs = m.tables().stream().filter(t -> t.kind() == TableKind.LOG).map(Table::name).toList();
        if (!logs.isEmpty()) {
            out.append("- ").append(codes(logs)).append(logs.size() == 1 ? " grows" : " grow").append(" fastest: partition by time and add a retention job")
                    .append(" once ").append(logs.size() == 1 ? "it reaches" : "they reach").append(" millions of rows.\n");
        }
    }

    // ---------------------------------------------------------------- 6. indexing

    static void indexing(StringBuilder out, SchemaModel m) {
        IndexPlan plan = IndexPlan.of(m);
        boolean any = false;
        List<String> uniques = new ArrayList<>();
        m.tables().forEach(t -> t.uniques().forEach(u -> uniques.add(t.name() + "(" + String.join(", ", u.columns()) + ")")));
        for (Table t : m.tables()) {
            for (Index ix : plan.indexes(t)) {
                if (ix.unique()) {
                    uniques.add(t.name() + "(" + String.join(", ", ix.columnNames()) + ")" + (ix.partial() ? " over live rows" : ""));
                    continue;
                }
                if (isForeignKeyIndex(ix)) {
                    continue;
                }
                any = true;
                out.append("- ").append(Markdown.code(t.name() + "(" + String.join(", ", ix.columnNames()) + ")"))
                        .append(ix.partial() ? ", partial" + (ix.condition() == null ? "" : " where " + Markdown.text(ix.condition().describe())) : "")
                        .append(ix.method() != IndexMethod.BTREE ? ", a plain btree here (" + ix.method().name().toLowerCase(Locale.ROOT) + " in PostgreSQL)" : "");
                if (!ix.reason().isBlank()) {
                    out.append(" — ").append(Markdown.text(ix.reason()));
                }
                out.append('\n');
            }
        }
        if (!any) {
            out.append("- The stories ask for no search, sort or filter index: lookups in ").append(codes(m.tables().stream().map(Table::name).toList()))
                    .append(" go by key, owner and parent.\n");
        }
        List<String> unindexed = ForeignKeyIndexes.unindexed(m);
        List<String> indexed = fkIndexed(m);
        out.append("- Keys: ").append(indexed.isEmpty() ? "no foreign key leads an index" : "the foreign keys " + codes(indexed)
                + (unindexed.isEmpty() ? " each lead" : " lead") + " an index, so joins and parent deletes do not scan the child table");
        if (!uniques.isEmpty()) {
            out.append("; the unique keys ").append(codes(uniques)).append(" index themselves");
        }
        if (indexed.isEmpty() && uniques.isEmpty()) {
            out.append(" in ").append(codes(m.tables().stream().map(Table::name).toList()));
        }
        out.append(".\n");
        if (!unindexed.isEmpty()) {
            out.append("- Foreign keys without a leading index (joins and parent deletes scan the child table): ").append(codes(unindexed)).append(".\n");
        }
    }

    private static boolean isForeignKeyIndex(Index ix) {
        return ix.reason().startsWith("foreign key") || ix.reason().equals("foreign key lookup");
    }

    // ---------------------------------------------------------------- model views

    /** Tables grouped by the role they play, from their keys alone. */
    private record Groups(List<String> users, List<String> owned, List<String> tenants, List<String> children, List<String> shared,
                          List<String> joins, List<String> logs) {
        static Groups of(SchemaModel m) {
            Set<String> userTables = new java.util.LinkedHashSet<>();
            for (Table t : m.tables()) {
                if (t.name().equals("profiles") || t.name().equals("users") || t.name().equals("profile") || t.name().equals("user")) {
                    userTables.add(t.name());
                }
            }
            Groups g = new Groups(new ArrayList<>(userTables), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            Set<String> tenants = new java.util.HashSet<>();
            m.tables().forEach(t -> t.policies().stream().filter(p -> p.rule().kind() == PolicyRuleKind.TENANT_MEMBER && p.rule().column().equals("id")
                    && p.command() == PolicyCommand.SELECT).findFirst().ifPresent(p -> tenants.add(t.name())));
            for (Table t : m.tables()) {
                if (userTables.contains(t.name())) {
                    continue;
                }
                boolean toUser = t.foreignKeys().stream().anyMatch(fk -> fk.external() || userTables.contains(fk.refTable()));
                boolean contained = t.foreignKeys().stream().anyMatch(fk -> !fk.external() && !userTables.contains(fk.refTable())
                        && !fk.refTable().equals(t.name()) && fk.onDelete() == FkAction.CASCADE);
                if (t.kind() == TableKind.JOIN) {
                    g.joins.add(t.name());
                } else if (t.kind() == TableKind.LOG) {
                    g.logs.add(t.name());
                } else if (tenants.contains(t.name())) {
                    g.tenants.add(t.name());
                } else if (contained) {
                    g.children.add(t.name());
                } else if (toUser) {
                    g.owned.add(t.name());
                } else {
                    g.shared.add(t.name());
                }
            }
            return g;
        }
    }

    private static List<DesignNote> notes(SchemaModel m, DesignNote.Kind kind) {
        return m.notes().stream().filter(n -> n.kind() == kind).toList();
    }

    private static List<String> columns(SchemaModel m, Predicate<Column> p) {
        List<String> out = new ArrayList<>();
        m.tables().forEach(t -> t.columns().stream().filter(p).forEach(c -> out.add(t.name() + "." + c.name())));
        return out;
    }

    /** The columns that name a row's user: the prototype's stand-in for row-level security. */
    /** What each kind of SELECT policy makes a query filter by, with the columns it names (the prototype's stand-in for RLS). */
    private static List<String> queryFilters(SchemaModel m) {
        List<String> owned = new ArrayList<>();
        Map<String, List<String>> byMembership = new java.util.TreeMap<>();
        List<String> throughParent = new ArrayList<>();
        for (Table t : m.tables()) {
            t.policies().stream().filter(p -> p.command() == PolicyCommand.SELECT).findFirst().ifPresent(p -> {
                switch (p.rule().kind()) {
                    case OWNER -> owned.add(t.name() + "." + p.rule().column());
                    case TENANT_MEMBER -> byMembership.computeIfAbsent(p.rule().parentTable(), k -> new ArrayList<>()).add(t.name() + "." + p.rule().column());
                    case PARENT_OWNER, PARENT_ACCESS -> throughParent.add(t.name());
                    default -> { }
                }
            });
        }
        List<String> out = new ArrayList<>();
        if (!owned.isEmpty()) {
            out.add("match " + codes(owned) + " to the signed-in user");
        }
        byMembership.forEach((members, columns) -> out.add("keep " + codes(columns) + " to the user's own " + Markdown.code(members) + " rows"));
        if (!throughParent.isEmpty()) {
            out.add("reach " + codes(throughParent) + " through the row " + (throughParent.size() == 1 ? "it belongs" : "each belongs") + " to");
        }
        return out;
    }

    /** The tables the others hang from most: owned tables with the most rows under them, else all entity tables. */
    private static List<String> largest(SchemaModel m) {
        Set<String> users = Set.of("profiles", "users", "profile", "user");
        List<String> leaves = m.tables().stream().filter(t -> t.kind() != TableKind.LOOKUP && !users.contains(t.name()) && m.tables().stream()
                .noneMatch(c -> c.foreignKeys().stream().anyMatch(fk -> !fk.external() && fk.refTable().equals(t.name()) && !c.name().equals(t.name()))))
                .map(Table::name).toList();
        return leaves.isEmpty() ? m.tables().stream().map(Table::name).limit(3).toList() : leaves.stream().limit(3).toList();
    }

    private static List<String> accessPatterns(SchemaModel m) {
        IndexPlan plan = IndexPlan.of(m);
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            for (Index ix : plan.indexes(t)) {
                if (!isForeignKeyIndex(ix) && !ix.unique() && !ix.reason().isBlank()) {
                    out.add(Markdown.text(capital(ix.reason().replaceFirst("^access pattern: ", ""))) + " — " + Markdown.code(t.name() + "("
                            + String.join(", ", ix.columnNames()) + ")"));
                }
            }
        }
        return out;
    }

    private static List<String> fkIndexed(SchemaModel m) {
        List<String> unindexed = ForeignKeyIndexes.unindexed(m);
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                String name = t.name() + "(" + String.join(", ", fk.columns()) + ")";
                if (!unindexed.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    static String codes(List<String> names) {
        if (names.size() <= FEW) {
            return sentenceList(names.stream().map(Markdown::code).toList());
        }
        return String.join(", ", names.subList(0, FEW).stream().map(Markdown::code).toList()) + " and " + (names.size() - FEW) + " more";
    }

    static String sentenceList(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** A table's rows in words ("lesson note"), safe inside Markdown whatever the name holds. */
    private static String one(String table) {
        return Markdown.text(CaseConversion.singularLast(table).replace('_', ' '));
    }

    private static String many(String table) {
        return Markdown.text(table.replace('_', ' '));
    }

    private static String article(String noun) {
        return (noun.matches("^[aeio].*") ? "an " : "a ") + noun;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}

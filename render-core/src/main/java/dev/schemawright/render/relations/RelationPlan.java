package dev.schemawright.render.relations;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.CaseConversion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The object-side view of the foreign keys that ORMs (Prisma, SQLModel) and diagrams need: for each FK inside the
 * model, the navigation on the child (to one parent) and on the parent (to many children, or one when the FK columns
 * are unique), with snake_case base names each target converts to its own case, a relation name where a pair of
 * tables is joined more than once or to itself, and the join tables that are pure many-to-many links.
 */
public final class RelationPlan {
    /** One FK seen from both tables. */
    public record Link(Table child, ForeignKey fk, Table parent, boolean optional, boolean oneToOne, boolean ambiguous,
                       String childFieldBase, String parentFieldBase) {
        public boolean selfReference() {
            return child.name().equals(parent.name());
        }

        // Identity is the FK's place (table + constraint name); the generated equals/hashCode would hash whole tables.
        @Override
        public boolean equals(Object o) {
            return o instanceof Link l && l.child.name().equals(child.name()) && l.fk.name().equals(fk.name());
        }

        @Override
        public int hashCode() {
            return child.name().hashCode() * 31 + fk.name().hashCode();
        }
    }

    /** A join table whose two FKs link two different tables many-to-many. */
    public record ManyToMany(Table join, Link left, Link right) {
    }

    private final List<Link> links;
    private final Map<String, ManyToMany> manyToMany;
    private final Map<String, List<Link>> outgoing = new HashMap<>();
    private final Map<String, List<Link>> incoming = new HashMap<>();

    private RelationPlan(List<Link> links, Map<String, ManyToMany> manyToMany) {
        this.links = links;
        this.manyToMany = manyToMany;
        for (Link l : links) {
            outgoing.computeIfAbsent(l.child().name(), k -> new ArrayList<>()).add(l);
            incoming.computeIfAbsent(l.parent().name(), k -> new ArrayList<>()).add(l);
        }
    }

    public static RelationPlan of(SchemaModel model) {
        Map<String, Table> byName = new HashMap<>();
        model.tables().forEach(t -> byName.putIfAbsent(t.name(), t));
        Map<String, Integer> pairCount = new HashMap<>();
        for (Table t : model.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.external() && byName.containsKey(fk.refTable())) {
                    pairCount.merge(pair(t.name(), fk.refTable()), 1, Integer::sum);
                }
            }
        }
        List<Link> links = new ArrayList<>();
        Map<String, ManyToMany> m2m = new LinkedHashMap<>();
        for (Table t : model.tables()) {
            List<Link> own = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external()) {
                    continue;
                }
                Table parent = java.util.Optional.ofNullable(byName.get(fk.refTable()))
                        .orElseThrow(() -> new IllegalStateException("unsupported foreign key " + fk.name() + " to unknown table " + fk.refTable()));
                boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(Column::nullable)
                        .orElseThrow(() -> new IllegalStateException("unsupported foreign key column " + c + " missing from " + t.name())));
                boolean oneToOne = coveredByKey(t, fk.columns());
                boolean ambiguous = t.name().equals(parent.name()) || pairCount.get(pair(t.name(), parent.name())) > 1;
                String childBase = childBase(fk, parent);
                String parentBase;
                String children = oneToOne ? CaseConversion.singularLast(t.name()) : plural(t.name());
                parentBase = ambiguous ? CaseConversion.snake(children) + "_via_" + childBase : CaseConversion.snake(children);
                Link link = new Link(t, fk, parent, optional, oneToOne, ambiguous, childBase, parentBase);
                own.add(link);
                links.add(link);
            }
            if (t.kind() == TableKind.JOIN && own.size() == 2 && !own.get(0).parent().name().equals(own.get(1).parent().name())
                    && !own.get(0).selfReference() && !own.get(1).selfReference()) {
                Set<String> fkCols = new HashSet<>(own.get(0).fk().columns());
                fkCols.addAll(own.get(1).fk().columns());
                if (new HashSet<>(t.primaryKey()).containsAll(fkCols) || coveredByKey(t, List.copyOf(fkCols))) {
                    m2m.put(t.name(), new ManyToMany(t, own.get(0), own.get(1)));
                }
            }
        }
        return new RelationPlan(List.copyOf(links), m2m);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static boolean coveredByKey(Table t, List<String> columns) {
        Set<String> cols = new HashSet<>(columns);
        if (!t.primaryKey().isEmpty() && new HashSet<>(t.primaryKey()).equals(cols)) {
            return true;
        }
        for (UniqueConstraint u : t.uniques()) {
            if (new HashSet<>(u.columns()).equals(cols)) {
                return true;
            }
        }
        return false;
    }

    /** deck_id -> deck; handled_by -> handled_by_user; composite or bare "id" -> the parent's singular name. */
    private static String childBase(ForeignKey fk, Table parent) {
        if (fk.columns().size() == 1) {
            String col = CaseConversion.snake(fk.columns().get(0));
            if (col.endsWith("_id") && col.length() > 3) {
                return col.substring(0, col.length() - 3);
            }
            if (!col.equals("id")) {
                return col + "_" + CaseConversion.snake(CaseConversion.singularLast(parent.name()));
            }
        }
        return CaseConversion.snake(CaseConversion.singularLast(parent.name()));
    }

    static String plural(String tableName) {
        String snake = CaseConversion.snake(tableName);
        if (!CaseConversion.singularLast(snake).equals(snake)) {
            return snake;
        }
        boolean sibilant = snake.endsWith("s") || snake.endsWith("x") || snake.endsWith("ch") || snake.endsWith("sh");
        return snake + (sibilant ? "es" : "s");
    }

    public List<Link> links() {
        return links;
    }

    /** Links where {@code t} is the child (holds the FK), in FK order. */
    public List<Link> outgoing(Table t) {
        return outgoing.getOrDefault(t.name(), List.of());
    }

    /** Links where {@code t} is the parent (is referenced), in model order of the children. */
    public List<Link> incoming(Table t) {
        return incoming.getOrDefault(t.name(), List.of());
    }

    public ManyToMany manyToMany(Table join) {
        return manyToMany.get(join.name());
    }

    public List<ManyToMany> manyToManyLinks() {
        return List.copyOf(manyToMany.values());
    }
}

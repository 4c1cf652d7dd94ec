package dev.schemawright.versions.diff;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.util.List;

/**
 * The old model with the proposed renames applied everywhere a name is used (keys, foreign keys on both ends,
 * constraints, indexes and their conditions, policies and their parents, column enum types, relationships): what the
 * old database holds once the migration's RENAME statements ran. Every other difference is then a difference by name.
 */
public final class RenamedModel {
    private RenamedModel() {
    }

    public static SchemaModel apply(SchemaModel old, Renames r) {
        if (r.isEmpty()) {
            return old;
        }
        List<EnumType> enums = old.enums().stream().map(e -> new EnumType(r.enumTo(e.name()), e.values(), e.sources())).toList();
        List<Table> tables = old.tables().stream().map(t -> table(t, r)).toList();
        List<Relationship> relationships = old.relationships().stream()
                .map(x -> new Relationship(r.tableTo(x.from()), r.tableTo(x.to()), x.cardinality(), x.via() == null ? null : r.tableTo(x.via()),
                        x.optional(), x.label(), x.sources())).toList();
        return old.withEnums(enums).withTables(tables).withRelationships(relationships);
    }

    private static Table table(Table t, Renames r) {
        String name = r.tableTo(t.name());
        List<Column> columns = t.columns().stream().map(c -> c.withName(r.columnTo(name, c.name())).withType(type(c.type(), r))).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> {
            String target = fk.external() ? fk.refTable() : r.tableTo(fk.refTable());
            List<String> refColumns = fk.external() ? fk.refColumns() : fk.refColumns().stream().map(c -> r.columnTo(target, c)).toList();
            return new ForeignKey(fk.name(), cols(name, fk.columns(), r), fk.refSchema(), target, refColumns, fk.onDelete(), fk.rationale(), fk.sources());
        }).toList();
        List<UniqueConstraint> uniques = t.uniques().stream().map(u -> new UniqueConstraint(u.name(), cols(name, u.columns(), r), u.sources())).toList();
        List<CheckConstraint> checks = t.checks().stream()
                .map(c -> new CheckConstraint(c.name(), c.kind(), cols(name, c.columns(), r), c.args(), c.sources())).toList();
        List<Index> indexes = t.indexes().stream().map(ix -> new Index(ix.name(),
                ix.columns().stream().map(c -> new IndexColumn(r.columnTo(name, c.name()), c.descending())).toList(), ix.unique(), ix.method(),
                ix.where(), ix.reason(), ix.sources(),
                ix.condition() == null ? null : new IndexCondition(r.columnTo(name, ix.condition().column()), ix.condition().op(), ix.condition().value())))
                .toList();
        List<Policy> policies = t.policies().stream()
                .map(p -> new Policy(p.name(), p.command(), p.role(), rule(name, p.rule(), r), p.description(), p.sources())).toList();
        return new Table(name, t.kind(), t.description(), columns, cols(name, t.primaryKey(), r), fks, uniques, checks, indexes, t.rlsEnabled(),
                policies, t.sources());
    }

    private static PolicyRule rule(String table, PolicyRule p, Renames r) {
        String parent = p.parentTable() == null ? null : r.tableTo(p.parentTable());
        return new PolicyRule(p.kind(), p.column() == null ? null : r.columnTo(table, p.column()), parent,
                p.parentKeyColumn() == null ? null : r.columnTo(parent, p.parentKeyColumn()),
                p.parentOwnerColumn() == null ? null : r.columnTo(parent, p.parentOwnerColumn()),
                p.orOwnerColumn() == null ? null : r.columnTo(table, p.orOwnerColumn()));
    }

    private static ColumnType type(ColumnType t, Renames r) {
        return t.enumName() == null ? t : new ColumnType(t.kind(), t.length(), t.precision(), t.scale(), r.enumTo(t.enumName()), t.array());
    }

    private static List<String> cols(String table, List<String> columns, Renames r) {
        return columns.stream().map(c -> r.columnTo(table, c)).toList();
    }
}

package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.List;
import java.util.Set;

/**
 * Append-only records (logs, events, history, snapshots, metrics) are LOG tables: rows are written once, so they get
 * created_at but no updated_at, and policies never need UPDATE rights beyond the owner.
 */
public final class LogTablePass implements DesignPass {
    private static final Set<String> LOG_WORDS = Set.of("log", "event", "history", "audit", "snapshot", "metric", "logs", "events", "entry_log");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        List<Table> tables = ctx.model().tables().stream().map(t -> t.kind() == TableKind.ENTITY && isLog(t.name()) ? t.withKind(TableKind.LOG) : t).toList();
        return ctx.model().withTables(tables);
    }

    static boolean isLog(String name) {
        String last = name.substring(name.lastIndexOf('_') + 1);
        return LOG_WORDS.contains(last);
    }
}

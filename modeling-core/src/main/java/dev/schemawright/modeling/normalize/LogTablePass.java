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
 * created_at but no updated_at, and policies never need UPDATE rights beyond the owner. Not when the prose edits them: those
 * rows change.
 */
public final class LogTablePass implements DesignPass {
    private static final Set<String> LOG_WORDS = Set.of("log", "event", "history", "audit", "snapshot", "metric", "logs", "events", "entry_log");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        dev.schemawright.modeling.domain.DomainReading prose = dev.schemawright.modeling.domain.Readings.prose(ctx);
        List<Table> logs = m.tables().stream().filter(t -> t.kind() == TableKind.ENTITY && isLog(t.name()) && !updated(t, prose)).toList();
        SchemaModel out = m.withTables(m.tables().stream().map(t -> logs.contains(t) ? t.withKind(TableKind.LOG) : t).toList());
        for (Table t : logs) {
            String table = NormalizationTrail.table(t.name());
            out = NormalizationTrail.record(out, "append-only", table, NormalizationTrail.words(table),
                    table + " is append-only: rows are inserted, never updated (created_at, no updated_at)",
                    "Rows updated in place, losing what happened before",
                    "Its name says it records what happened (" + t.name().substring(t.name().lastIndexOf('_') + 1) + ")", t.sources());
        }
        return out;
    }

    /**
     * A row the product edits is no log, whatever its name: "organizers edit, publish and cancel events". (A status alone
     * says nothing: a log's status is often the outcome it recorded.)
     */
    private static boolean updated(Table t, dev.schemawright.modeling.domain.DomainReading prose) {
        var said = prose.candidates.get(t.name());
        return said != null && said.cues.contains("managed");
    }

    static boolean isLog(String name) {
        String last = name.substring(name.lastIndexOf('_') + 1);
        return LOG_WORDS.contains(last);
    }
}

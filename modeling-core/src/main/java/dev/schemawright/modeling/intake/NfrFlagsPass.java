package dev.schemawright.modeling.intake;

import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Soft delete, audit trail and multi-tenancy, when the requirements ask for them (and do not say "no soft delete"). */
public final class NfrFlagsPass implements DesignPass {
    /** "use hard deletes", "instead of soft delete", "not needed": the sentence rejects the pattern. */
    private static final Pattern NEGATED_ANYWHERE = Pattern.compile("\\bhard[- ]delet|instead of|not (needed|required|implemented|planned)|\\bno soft|post[- ]mvp|deferred");
    private static final Pattern NEGATED = Pattern.compile("\\b(no|not|without|skip|nie|bez|hard delete[sd]? instead)\\b[^.]{0,20}$");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        List<Decision> decisions = new ArrayList<>(ctx.model().decisions());
        // "deleted courses can be restored within 14 days", "restore a deleted note", "items go to the trash": rows stay, marked
        flag(ctx, decisions, NfrFlags.SOFT_DELETE, Pattern.compile("soft[- ]delet|deleted_at|miękkie usuwanie|recycle bin|(?:to|in|from) (?:the |a )?trash\\b|trash bin|undelet"
                        + "|restor\\w* (?:a |the |their |any )?(?:deleted|removed)|(?:deleted|removed) [a-z]+(?: [a-z]+)? (?:can|could|may) be (?:restored|recovered)"),
                List.of("soft", "deleted_at", "miękkie usuwanie", "recycle bin", "trash", "undelet", "restor", "recover"),
                "Soft delete: rows get deleted_at; unique indexes are partial (WHERE deleted_at IS NULL)", "Hard delete");
        flag(ctx, decisions, NfrFlags.AUDIT, Pattern.compile("\\bcreated_by\\b|\\bupdated_by\\b|who (created|changed|modified|updated)|track(s|ed)? who"),
                List.of("created_by", "updated_by", "who"),
                "Audit columns created_by/updated_by on mutable tables", "No audit columns");
        flag(ctx, decisions, NfrFlags.TENANCY, Pattern.compile("multi[- ]tenan|tenant_id|per[- ]tenant|organization_id|workspace_id"),
                List.of("tenan", "organization_id", "workspace_id"),
                "Tenant key on tenant-owned tables, RLS by tenant membership", "Single-tenant rows owned by users");
        return ctx.model().withDecisions(decisions);
    }

    /** {@code cueWords}: lower-case words one of which every match of {@code cue} contains, checked first (most statements have none). */
    private static void flag(DesignContext ctx, List<Decision> decisions, NfrFlags flag, Pattern cue, List<String> cueWords, String choice,
                             String alternative) {
        if (decisions.stream().anyMatch(d -> d.id().equals(flag.decisionId))) {
            return;
        }
        List<String> sources = new ArrayList<>();
        for (Statement s : ctx.intake().statements()) {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (cueWords.stream().noneMatch(t::contains)) {
                continue;
            }
            var m = cue.matcher(t);
            if (m.find() && !NEGATED.matcher(t.substring(0, m.start())).find() && !NEGATED_ANYWHERE.matcher(t).find()) {
                sources.add(s.id());
            }
        }
        if (!sources.isEmpty()) {
            decisions.add(new Decision(flag.decisionId, flag.name().toLowerCase(Locale.ROOT).replace('_', ' '), choice, alternative,
                    "The requirements ask for it", sources));
        }
    }
}

package dev.schemawright.render.lint;

import dev.schemawright.contracts.model.Severity;

/**
 * The checks teams run in Atlas, Supabase's splinter and Prisma, each with a stable code (never renamed: scripts and
 * exceptions refer to it), its severity and the fix that clears it. An ERROR makes {@code schemawright lint} exit 1.
 */
public enum LintCode {
    NO_PRIMARY_KEY("no-primary-key", Severity.WARNING,
            "add a primary key (a surrogate id, or the columns that identify a row); replication, Prisma and row updates need one"),
    FK_WITHOUT_INDEX("fk-without-index", Severity.WARNING,
            "add an index leading with the foreign key's columns, so joins and deletes of the parent do not scan this table"),
    TIMESTAMP_WITHOUT_TIME_ZONE("timestamp-without-time-zone", Severity.WARNING,
            "store instants as timestamptz (UTC inside, any zone outside); a date or text loses the time or the zone"),
    RLS_WITHOUT_POLICY("rls-without-policy", Severity.WARNING,
            "add one policy per command the API may run, or state that only the service role writes here"),
    TABLE_WITHOUT_RLS("table-without-rls", Severity.ERROR,
            "enable row-level security with one policy per command (read-only reference data: SELECT for authenticated, writes denied)"),
    POLICY_WITHOUT_RLS("policy-without-rls", Severity.ERROR,
            "enable row-level security on the table: its policies are ignored until then"),
    NULLABLE_FK_WITHOUT_REASON("nullable-fk-without-reason", Severity.WARNING,
            "make the column NOT NULL, or state why a row may exist without its parent (an optional relationship, ON DELETE SET NULL)"),
    DUPLICATE_INDEX("duplicate-index", Severity.WARNING,
            "drop the index: the other one already serves every query it would (Schemawright's DDL leaves it out)"),
    RESERVED_WORD("reserved-word", Severity.WARNING,
            "rename it (e.g. a plural or a prefixed name); every hand-written query must otherwise quote it"),
    IDENTIFIER_TOO_LONG("identifier-too-long", Severity.WARNING,
            "shorten it to 63 bytes; longer names are cut and hashed in every target, so the database name differs from the model's"),
    ENUM_VALUE_CHANGED_IN_PLACE("enum-value-changed-in-place", Severity.ERROR,
            "keep the old values and add new ones (ALTER TYPE ... ADD VALUE); rename a value only with a data migration that rewrites its rows");

    private final String code;
    private final Severity severity;
    private final String fix;

    LintCode(String code, Severity severity, String fix) {
        this.code = code;
        this.severity = severity;
        this.fix = fix;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String fix() {
        return fix;
    }
}

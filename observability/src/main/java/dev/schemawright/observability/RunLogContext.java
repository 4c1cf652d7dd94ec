package dev.schemawright.observability;

import org.jboss.logging.MDC;

/**
 * Puts the run a thread works on into the logging context, so every log line about it carries {@code tenantId},
 * {@code projectId} and {@code runId} (JSON logs write MDC entries as fields; two tenants may own the same project
 * id). Set where a run's ids become known: an HTTP request's path and caller, a decoded event. A worker thread keeps
 * them until the next run is set on it.
 */
public final class RunLogContext {
    public static final String TENANT_ID = "tenantId";
    public static final String PROJECT_ID = "projectId";
    public static final String RUN_ID = "runId";

    private RunLogContext() {
    }

    public static void set(String tenantId, String projectId, String runId) {
        put(TENANT_ID, tenantId);
        put(PROJECT_ID, projectId);
        put(RUN_ID, runId);
    }

    /** An HTTP request's tenant is known only once its caller is authenticated, after its path was read. */
    public static void setTenant(String tenantId) {
        put(TENANT_ID, tenantId);
    }

    public static void clear() {
        MDC.remove(TENANT_ID);
        MDC.remove(PROJECT_ID);
        MDC.remove(RUN_ID);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}

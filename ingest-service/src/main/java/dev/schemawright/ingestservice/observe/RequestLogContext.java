package dev.schemawright.ingestservice.observe;

import dev.schemawright.observability.RunLogContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The project and run of an HTTP request ({@code /v1/projects/{projectId}/runs/{runId}...}) go into the logging
 * context for the lines logged while serving it; the caller's tenant joins once it is authenticated ({@code Caller}),
 * an upload's run id once it is computed (RunSubmission).
 */
public class RequestLogContext {
    @ServerRequestFilter
    public void enter(UriInfo uri) {
        var params = uri.getPathParameters();
        RunLogContext.set(null, params.getFirst("projectId"), params.getFirst("runId"));
    }

    @ServerResponseFilter
    public void leave() {
        RunLogContext.clear();
    }
}

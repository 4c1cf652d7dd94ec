package dev.schemawright.ingestservice.live;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.ingestservice.security.Caller;
import dev.schemawright.ingestservice.status.RunView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/events/runs}: Server-Sent Events, one {@code run} event each time a run of the caller's tenant changes
 * on this instance (accepted, modeled, published, failed), {@code data} = the same JSON as
 * {@code GET /v1/projects/{p}/runs/{r}}. The web page reads it with fetch() streaming, so it can send the Authorization
 * header (EventSource cannot).
 */
@Path("/v1/events/runs")
@Tag(name = "runs")
@Authenticated
public class RunEventsResource {
    static final String EVENT_NAME = "run";

    private final RunChanges changes;
    private final Caller caller;

    public RunEventsResource(RunChanges changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream run changes", description = "One 'run' event per change of any of the caller's tenant's runs: its status, stages, errors "
            + "and, once published, its artifacts. Subscribe before uploading so no change is missed.")
    public Multi<OutboundSseEvent> runs(@Context Sse sse) {
        String tenant = caller.tenantId();
        return changes.stream().filter(c -> c.tenantId().equals(tenant)).map(c -> toSse(sse, c.view()));
    }

    private static OutboundSseEvent toSse(Sse sse, RunView view) {
        return sse.newEventBuilder()
                .name(EVENT_NAME)
                .id(view.projectId() + "/" + view.runId() + "/" + view.status())
                // text/plain: the data is already JSON and must not be encoded a second time
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, new String(JsonCodec.toBytes(view), StandardCharsets.UTF_8))
                .build();
    }
}

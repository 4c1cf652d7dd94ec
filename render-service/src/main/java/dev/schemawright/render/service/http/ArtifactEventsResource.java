package dev.schemawright.render.service.http;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.render.service.feed.ArtifactsFeed;
import dev.schemawright.auth.Tenancy;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Server-Sent Events: one {@code artifacts-ready} event per published run, {@code id} = the event id, {@code data} =
 * the event's JSON exactly as on the Kafka topic (the shared codec, so SSE and Kafka consumers parse one format). Only
 * the caller's tenant's events: a browser reads the stream with fetch() so it can send the Bearer header.
 */
@Path("/v1")
@Authenticated
public class ArtifactEventsResource {
    static final String EVENT_NAME = "artifacts-ready";

    private final ArtifactsFeed feed;
    private final SecurityIdentity caller;

    public ArtifactEventsResource(ArtifactsFeed feed, SecurityIdentity caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Path("events/artifacts-ready")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream artifacts-ready events of all the caller's projects (its tenant's, never another's)")
    public Multi<OutboundSseEvent> all(@Context Sse sse) {
        String tenant = Tenancy.tenantOf(caller);
        return feed.events().filter(e -> e.tenantId().equals(tenant)).map(e -> toSse(sse, e));
    }

    @GET
    @Path("projects/{projectId}/events/artifacts-ready")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream artifacts-ready events of one project")
    public Multi<OutboundSseEvent> project(@PathParam("projectId") String projectId, @Context Sse sse) {
        ArtifactResource.validateProject(projectId);
        String tenant = Tenancy.tenantOf(caller);
        return feed.events().filter(e -> e.tenantId().equals(tenant) && e.projectId().equals(projectId)).map(e -> toSse(sse, e));
    }

    private static OutboundSseEvent toSse(Sse sse, ArtifactsReadyEvent event) {
        return sse.newEventBuilder()
                .name(EVENT_NAME)
                .id(event.eventId())
                // text/plain: the data is already JSON and must not be encoded a second time
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, new String(JsonCodec.toBytes(event), StandardCharsets.UTF_8))
                .build();
    }
}

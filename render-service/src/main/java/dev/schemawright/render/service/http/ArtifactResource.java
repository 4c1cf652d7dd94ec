package dev.schemawright.render.service.http;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.auth.Tenancy;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.render.service.publish.RunPublisher;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StoredObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Listing and download of a run's published artifacts, straight from object storage. */
@Path("/v1/projects/{projectId}/runs")
@Authenticated
public class ArtifactResource {
    private final ObjectStore store;
    private final RunPublisher publisher;
    private final SecurityIdentity caller;

    public ArtifactResource(ObjectStore store, RunPublisher publisher, SecurityIdentity caller) {
        this.store = store;
        this.publisher = publisher;
        this.caller = caller;
    }

    /** Projects live inside the caller's tenant: another tenant's project is simply not found (no existence leak). */
    private ProjectRef project(String projectId) {
        validateProject(projectId);
        return new ProjectRef(Tenancy.tenantOf(caller), projectId);
    }

    @GET
    @Path("{runId}/artifacts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a run's artifacts (from its manifest)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArtifactListing.class)))
    @APIResponse(responseCode = "404", description = "No published run", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ArtifactListing list(@PathParam("projectId") String projectId, @PathParam("runId") String runId) {
        validate(projectId, runId);
        return listing(project(projectId), runId, "/v1/projects/" + projectId + "/runs/" + runId + "/artifacts");
    }

    @GET
    @Path("{runId}/artifacts/{name}")
    @Operation(summary = "Download one artifact, with its content type")
    @APIResponse(responseCode = "200", description = "The artifact's bytes")
    @APIResponse(responseCode = "404", description = "No such artifact", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("projectId") String projectId, @PathParam("runId") String runId, @PathParam("name") String name) {
        validate(projectId, runId);
        return artifact(project(projectId), runId, name);
    }

    @GET
    @Path("latest/artifacts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the artifacts of the project's most recently published run")
    public ArtifactListing listLatest(@PathParam("projectId") String projectId) {
        ProjectRef project = project(projectId);
        String runId = latest(project);
        return listing(project, runId, "/v1/projects/" + projectId + "/runs/" + runId + "/artifacts");
    }

    @GET
    @Path("latest/artifacts/{name}")
    @Operation(summary = "Download one artifact of the project's most recently published run")
    public Response downloadLatest(@PathParam("projectId") String projectId, @PathParam("name") String name) {
        ProjectRef project = project(projectId);
        return artifact(project, latest(project), name);
    }

    private ArtifactListing listing(ProjectRef project, String runId, String basePath) {
        StoredObject manifest = store.get(ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, RunPublisher.MANIFEST))
                .orElseThrow(() -> Problem.notFound("no published run " + runId + " in project " + project.projectId()));
        return ArtifactListing.fromManifest(project, runId, manifest.bytes(), basePath);
    }

    private Response artifact(ProjectRef project, String runId, String name) {
        if (!Ids.isArtifactName(name)) {
            throw Problem.badRequest("invalid-artifact-name", "invalid artifact name: must match " + Ids.ARTIFACT_NAME.pattern());
        }
        StoredObject object = store.get(ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, name))
                .orElseThrow(() -> Problem.notFound("no artifact " + name + " in run " + runId + " of project " + project.projectId()));
        return Response.ok(object.bytes(), object.contentType()).build();
    }

    private String latest(ProjectRef project) {
        return publisher.latestRun(project).orElseThrow(() -> Problem.notFound("project " + project.projectId() + " has no published run"));
    }

    static void validateProject(String projectId) {
        if (!Ids.isProjectId(projectId)) {
            throw Problem.badRequest("invalid-project-id", "invalid projectId: must match " + Ids.PROJECT_ID.pattern());
        }
    }

    private static void validate(String projectId, String runId) {
        validateProject(projectId);
        if (!Ids.isRunId(runId)) {
            throw Problem.badRequest("invalid-run-id", "invalid runId: must match " + Ids.RUN_ID.pattern());
        }
    }
}

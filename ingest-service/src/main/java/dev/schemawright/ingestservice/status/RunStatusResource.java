package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.Problem;
import dev.schemawright.ingestservice.validation.ArtifactName;
import dev.schemawright.ingestservice.validation.ProjectId;
import dev.schemawright.ingestservice.validation.RunId;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.storage.StoredObject;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingestservice.security.Caller;
import dev.schemawright.ingestservice.upload.RunSubmission;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Run status and artifact download. Thin: the status comes from {@link RunStatusService}, bytes from storage. */
@Path("/v1/projects/{projectId}/runs/{runId}")
@Tag(name = "runs")
@Authenticated
public class RunStatusResource {
    private final RunStatusService status;
    private final RunStorage storage;
    private final RunSubmission submission;
    private final Caller caller;

    public RunStatusResource(RunStatusService status, RunStorage storage, RunSubmission submission, Caller caller) {
        this.status = status;
        this.storage = storage;
        this.submission = submission;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status of a run", description = "accepted (stored) / parsing / ingested (requirements published) / modeled / published / failed, "
            + "per-stage progress (pending / running / done / failed) and errors, "
            + "and the artifact list once published.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = "Invalid projectId or runId", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunView run(@PathParam("projectId") @ProjectId String projectId, @PathParam("runId") @RunId String runId) {
        return status.find(caller.project(projectId), runId).map(RunView::of).orElseThrow(() -> noSuchRun(projectId, runId));
    }

    @POST
    @Path("/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retry a failed run", description = "Reads the run's stored documents again and publishes its requirements "
            + "as its next attempt (off the request thread, like an upload). Only a failed run can be retried (documents that could "
            + "not be read, a design past its time budget, an incomplete gathering, storage that stayed away).")
    @APIResponse(responseCode = "202", description = "Retried; follow the run's status as before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The run is not failed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("projectId") @ProjectId String projectId, @PathParam("runId") @RunId String runId) {
        RunSubmission.SubmittedRun run = submission.retry(caller.project(projectId), runId);
        return Response.status(Response.Status.ACCEPTED).header(HttpHeaders.LOCATION, RunView.selfPath(projectId, runId))
                .entity(RunView.of(run.progress())).build();
    }

    @GET
    @Path("/artifacts/{name}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one artifact of a published run", description = "Served with the content type it was stored with.")
    @APIResponse(responseCode = "200", description = "The artifact's bytes")
    @APIResponse(responseCode = "400", description = "Invalid id or name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such artifact", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response artifact(@PathParam("projectId") @ProjectId String projectId, @PathParam("runId") @RunId String runId,
                             @PathParam("name") @ArtifactName String name) {
        ProjectRef project = caller.project(projectId);
        StoredObject object = storage.get(ObjectKeys.artifact(project.tenantId(), projectId, runId, name))
                .orElseThrow(() -> new ApiProblem(404, "artifact-not-found", "Artifact not found",
                        "run " + runId + " of project " + projectId + " has no artifact named " + name));
        return Response.ok(object.bytes(), object.contentType())
                .header("Content-Length", object.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static ApiProblem noSuchRun(String projectId, String runId) {
        return new ApiProblem(404, "run-not-found", "Run not found", "project " + projectId + " has no run " + runId);
    }
}

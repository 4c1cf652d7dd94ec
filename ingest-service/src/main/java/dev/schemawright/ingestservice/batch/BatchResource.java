package dev.schemawright.ingestservice.batch;

import dev.schemawright.ingestservice.IngestSettings;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.Problem;
import dev.schemawright.ingestservice.problem.ProblemError;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.validation.BatchId;
import dev.schemawright.auth.Tenancy;
import dev.schemawright.ingestservice.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code /v1/batches}: many projects at once, from an archive or from storage prefixes. */
@Path("/v1/batches")
@Tag(name = "batches", description = "Submit many projects at once and follow them")
@Authenticated
public class BatchResource {
    public static final String FILE = "file";

    private final BatchService batches;
    private final RunStorage storage;
    private final ArchiveLimits limits;

    private final Caller caller;

    public BatchResource(BatchService batches, RunStorage storage, IngestSettings settings, Caller caller) {
        this.batches = batches;
        this.storage = storage;
        this.limits = ArchiveLimits.from(settings.limits());
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a batch archive",
            description = "Field 'file': a .zip or .tar.gz whose top-level folders are projects (folder name = projectId). "
                    + "Each project becomes an independent run. Absolute or '..' entries, too many entries, too large or too "
                    + "compressed content reject the whole archive before anything is published; symlinks are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = BatchUploadForm.class)))
    @APIResponse(responseCode = "202", description = "Accepted; Location is the batch's status URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "200", description = "The same batch was submitted before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "400", description = "Missing 'file' field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The service holds as many batches as it may; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Too many entries or projects, a file or the whole archive too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither zip nor tar.gz", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unsafe entries, invalid project folder names, zip bomb, corrupt or empty archive", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitArchive(@RestForm(FileUpload.ALL) List<FileUpload> parts) {
        List<FileUpload> files = parts == null ? List.of() : parts.stream().filter(p -> FILE.equals(p.name())).toList();
        if (files.size() != 1) {
            throw new ApiProblem(400, "missing-file", "No archive",
                    "exactly one multipart field '" + FILE + "' holding a .zip or .tar.gz is required (got " + files.size() + ")",
                    List.of(ProblemError.forField(FILE, "required", "exactly one archive")));
        }
        String tenant = caller.tenantId();
        BatchAdmission.Reservation room = batches.reserve(limits.maxTotalBytes());
        BatchContents contents;
        try {
            contents = new ArchiveReader(limits).read(files.get(0).uploadedFile());
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
        return answer(batches.accept(tenant, "archive", contents, room));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a batch of storage prefixes",
            description = "Admin keys only: any prefix of the bucket can be read. Each prefix is one project (projectId = its last "
                    + "segment, in the admin's tenant); every object below it is a document.")
    @APIResponse(responseCode = "403", description = "Not an admin key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "202", description = "Accepted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Too many or too large objects", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid, duplicate or empty prefixes", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Tenancy.ADMIN_ROLE)
    public Response submitPrefixes(@Valid @NotNull BatchPrefixesRequest request) {
        String tenant = caller.tenantId();
        BatchAdmission.Reservation room = batches.reserve(limits.maxTotalBytes());
        BatchContents contents;
        try {
            contents = new PrefixReader(storage, limits).read(request.prefixes());
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
        return answer(batches.accept(tenant, "prefixes", contents, room));
    }

    @GET
    @Path("/{batchId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status of a batch", description = "Totals (projects, queued, running, done, failed) and one line per project.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "404", description = "No such batch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchView batch(@PathParam("batchId") @BatchId String batchId) {
        return batches.find(caller.tenantId(), batchId).map(batches::view)
                .orElseThrow(() -> new ApiProblem(404, "batch-not-found", "Batch not found", "no batch " + batchId));
    }

    private Response answer(BatchService.Accepted accepted) {
        BatchView view = batches.view(accepted.record());
        return Response.status(accepted.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .header(HttpHeaders.LOCATION, BatchView.selfPath(accepted.record().batchId()))
                .entity(view)
                .build();
    }

    /** OpenAPI description of the archive form. */
    @Schema(name = "BatchUpload")
    public static class BatchUploadForm {
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
                description = ".zip or .tar.gz; top-level folders are projects")
        public String file;
    }
}

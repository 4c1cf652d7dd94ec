package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.ingestservice.IngestSettings;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.Problem;
import dev.schemawright.ingestservice.problem.ProblemError;
import dev.schemawright.ingestservice.status.RunView;
import dev.schemawright.ingestservice.upload.RunSubmission.SubmittedRun;
import dev.schemawright.ingestservice.validation.ProjectId;
import dev.schemawright.ingestservice.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /v1/projects/{projectId}/runs}: the upload edge. Checks the request's shape, then hands over to {@link RunSubmission}. */
@Path("/v1/projects/{projectId}/runs")
@Tag(name = "runs", description = "Upload a project's documents and follow the run through the pipeline")
@Authenticated
public class RunUploadResource {
    public static final String FILES = "files";

    private final RunSubmission submission;
    private final IngestSettings settings;
    private final Caller caller;

    public RunUploadResource(RunSubmission submission, IngestSettings settings, Caller caller) {
        this.submission = submission;
        this.settings = settings;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run from a project's documents",
            description = "Stores the documents and answers 202 (status accepted) as soon as they are stored; a parse worker then "
                    + "reads them into requirements off the request thread and publishes one event per requirement (status "
                    + "parsing, then ingested). The run id is a content hash: uploading the same documents again answers 200 "
                    + "with the existing run and publishes nothing, unless that run failed: then it is retried (202). "
                    + "What needs no parsing (shape, sizes, count, an empty document, a type that is not read) is refused "
                    + "here with 4xx and nothing stored; a document only reading can refuse (corrupt, repetitive, no text, "
                    + "too many requirements, a parse past max-parse-time) fails the run afterwards (status failed, stage "
                    + "ingest, the reason) and its upload record goes to schemawright.upload.v1.dlq.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = RunUploadForm.class)))
    @APIResponse(responseCode = "202", description = "Accepted: the documents are stored, to be read; Location is the run's status URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "200", description = "The same documents were uploaded before: the existing run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = "Invalid projectId, missing files field or invalid role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A file or the request is over the size limit, or too many files",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not multipart/form-data, or a document type that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A document is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Storage or broker unavailable (nothing was published), or every parse thread "
            + "is held by a parse past its time limit (parser-unavailable, with Retry-After; nothing was stored)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("projectId") @ProjectId String projectId,
                           @RestForm(FileUpload.ALL) List<FileUpload> parts,
                           @RestForm(RoleAssignments.FIELD) List<String> roles) {
        List<FileUpload> files = parts == null ? List.of() : parts.stream().filter(p -> FILES.equals(p.name())).toList();
        checkShape(files, parts);
        List<UploadedFile> uploads = new ArrayList<>(files.size());
        for (FileUpload f : files) {
            uploads.add(UploadedFile.fromUpload(f.fileName(), read(f)));
        }
        List<DocumentRole> assigned = RoleAssignments.assign(roles, uploads.stream().map(UploadedFile::uploadedName).toList(),
                SafeFileNames.uniquify(uploads.stream().map(UploadedFile::safeName).toList()));
        SubmittedRun run = submission.submit(RunInput.of(caller.project(projectId), uploads, assigned));
        RunView view = RunView.of(run.progress());
        return Response.status(run.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .header(HttpHeaders.LOCATION, RunView.selfPath(projectId, run.runId()))
                .entity(view)
                .build();
    }

    private void checkShape(List<FileUpload> files, List<FileUpload> parts) {
        if (files.isEmpty()) {
            List<String> others = parts == null ? List.of() : parts.stream().map(FileUpload::name).distinct().sorted().toList();
            throw new ApiProblem(400, "missing-files", "No documents",
                    "the multipart field '" + FILES + "' is required (one part per document)"
                            + (others.isEmpty() ? "" : "; got file fields " + others),
                    List.of(ProblemError.forField(FILES, "required", "at least one file is required")));
        }
        int maxFiles = settings.limits().maxFilesPerRun();
        if (files.size() > maxFiles) {
            throw new ApiProblem(413, "too-many-files", "Too many files",
                    files.size() + " files uploaded; at most " + maxFiles + " per run");
        }
        long maxBytes = settings.limits().maxFileSize().asLongValue();
        List<ProblemError> tooLarge = files.stream().filter(f -> f.size() > maxBytes)
                .map(f -> ProblemError.forDocument(SafeFileNames.forUpload(f.fileName()), "document-too-large", "error",
                        f.size() + " bytes; the limit is " + maxBytes + " bytes per file"))
                .toList();
        if (!tooLarge.isEmpty()) {
            throw new ApiProblem(413, "document-too-large", "Document rejected",
                    tooLarge.get(0).document() + " is " + tooLarge.get(0).message(), tooLarge);
        }
    }

    private static byte[] read(FileUpload f) {
        try {
            return Files.readAllBytes(f.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded part " + f.name(), e);
        }
    }
}

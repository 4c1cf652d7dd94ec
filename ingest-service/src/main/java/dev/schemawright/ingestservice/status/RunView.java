package dev.schemawright.ingestservice.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.ingestservice.store.RunRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The HTTP view of a run: what POST answers and GET shows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Run")
public record RunView(
        String projectId,
        String runId,
        @Schema(description = "accepted | parsing | ingested | modeled | published | failed") String status,
        Integer requirementCount,
        List<DocumentView> documents,
        List<StageView> stages,
        List<ErrorView> errors,
        @Schema(description = "Present once the run is published") List<ArtifactView> artifacts,
        Map<String, String> links) {

    public static String selfPath(String projectId, String runId) {
        return "/v1/projects/" + projectId + "/runs/" + runId;
    }

    public static String artifactPath(String projectId, String runId, String name) {
        return selfPath(projectId, runId) + "/artifacts/" + name;
    }

    public static RunView of(RunProgress p) {
        String self = selfPath(p.projectId(), p.runId());
        RunRecord run = p.run();
        List<DocumentView> documents = p.known() == null ? null : p.documents().stream()
                .map(d -> new DocumentView(d.name(), d.uploadedName(), d.role() == null ? null : d.role().name().toLowerCase(Locale.ROOT),
                        d.roleGiven(), d.mediaType(), d.language(), d.size(), d.requirementCount(),
                        d.requirementCount() > 0 ? dev.schemawright.contracts.requirement.Languages.warning(d.language()) : null))
                .toList();
        List<StageView> stages = p.stages().stream().map(s -> new StageView(s.name(), s.state().label(), s.detail())).toList();
        List<ErrorView> errors = p.failures().isEmpty() ? null
                : p.failures().stream().map(f -> new ErrorView(f.stage(), f.reason(), f.diagnostics())).toList();
        List<ArtifactView> artifacts = p.artifacts() == null ? null : p.artifacts().stream()
                .map(a -> new ArtifactView(a.name(), a.size(), a.sha256(), a.contentType(), artifactPath(p.projectId(), p.runId(), a.name())))
                .toList();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        if (p.published()) {
            links.put("manifest", artifactPath(p.projectId(), p.runId(), ManifestEntries.MANIFEST));
        }
        return new RunView(p.projectId(), p.runId(), p.state().label(), run == null ? null : run.requirementCount(), documents, stages,
                errors, artifacts, links);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(String name, String uploadedName, String role, boolean roleGiven, String mediaType, String language,
                               long size, int requirementCount,
                               @Schema(description = "Present when the modeler has no reading for the document's language") String warning) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageView(@Schema(description = "ingest | modeling | render") String name,
                            @Schema(description = "pending | running | done | failed") String state, String detail) {
    }

    public record ErrorView(String stage, String reason, List<Diagnostic> diagnostics) {
    }

    public record ArtifactView(String name, long size, String sha256, String contentType, String href) {
    }
}

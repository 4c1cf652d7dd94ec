package dev.schemawright.ingestservice.batch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of projects already in object storage: one prefix per project, projectId = the prefix's last segment. */
@Schema(name = "BatchPrefixes")
public record BatchPrefixesRequest(
        @Schema(description = "Object-key prefixes, one per project; every object below a prefix is a document of that project",
                example = "[\"incoming/acme-crm/\", \"incoming/flashcards/\"]")
        @NotEmpty @Size(max = 1000)
        List<@NotBlank @Size(max = 512) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be a relative key prefix of A-Z, a-z, 0-9, '.', '_', '-', '/'") String> prefixes) {
}

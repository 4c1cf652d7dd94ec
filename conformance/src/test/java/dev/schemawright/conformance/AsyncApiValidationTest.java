package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.conformance.tools.ValidatorTools;
import dev.schemawright.contracts.event.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published event contracts (contracts' META-INF/resources/asyncapi/, served by every service at /asyncapi/) are
 * valid AsyncAPI 3 as the AsyncAPI initiative's own parser reads them, payload schema files included; and the parser
 * does reject a document whose payload schema is broken, so a passing check means it read the files.
 */
class AsyncApiValidationTest {
    static final Path PUBLISHED = RepositoryLayout.root().resolve("contracts/src/main/resources/META-INF/resources/asyncapi");

    @Test
    void thePublishedDocumentIsValidAsyncApi3WithThePipelinesTopics() {
        JsonNode verdict = ValidatorTools.asyncapi(PUBLISHED.resolve("asyncapi.yaml")).get(0);
        assertThat(verdict.path("errors").toString()).isEqualTo("[]");
        assertThat(verdict.path("ok").asBoolean()).isTrue();
        assertThat(verdict.path("version").asText()).isEqualTo("3.0.0");
        List<String> channels = new ArrayList<>();
        verdict.path("channels").forEach(c -> channels.add(c.asText()));
        assertThat(channels).containsExactlyInAnyOrder(Topics.UPLOAD, Topics.REQUIREMENT, Topics.MODEL_READY, Topics.ARTIFACTS_READY, Topics.RUN_FAILED);
        assertThat(verdict.path("messages")).hasSize(5);
    }

    @Test
    void aBrokenPayloadSchemaIsRejected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.copy(PUBLISHED.resolve("asyncapi.yaml"), dir.resolve("asyncapi.yaml"));
        try (var files = Files.list(PUBLISHED.resolve("schemas"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.getFileName().toString().equals("run-failed-event.json")) {
                    text = text.replaceFirst("\"type\": \"array\"", "\"type\": \"list\"");
                }
                Files.writeString(dir.resolve("schemas").resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        JsonNode verdict = ValidatorTools.asyncapi(dir.resolve("asyncapi.yaml")).get(0);
        assertThat(verdict.path("ok").asBoolean()).isFalse();
        assertThat(verdict.path("errors").toString()).contains("properties/diagnostics/type");
    }
}

package dev.schemawright.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.contracts.schema.EventSchemas.EventContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document names exactly the topics of {@link Topics} and points each one's message at the schema
 * generated from its record. (That the document is valid AsyncAPI 3 is proven by the AsyncAPI parser itself in the
 * conformance module's AsyncApiValidationTest.)
 */
class AsyncApiDocumentTest {
    static final Path DOCUMENT = Path.of("src/main/resources/META-INF/resources/asyncapi/asyncapi.yaml");

    @Test
    void everyTopicHasItsChannelAndItsRecordsSchema() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> channel : doc.path("channels").properties()) {
            addresses.add(channel.getValue().path("address").asText());
        }
        assertThat(addresses).containsExactlyInAnyOrder(Topics.UPLOAD, Topics.REQUIREMENT, Topics.MODEL_READY, Topics.ARTIFACTS_READY, Topics.RUN_FAILED);
        for (EventContract event : EventSchemas.EVENTS) {
            JsonNode channel = doc.path("channels").properties().stream().map(Map.Entry::getValue)
                    .filter(c -> c.path("address").asText().equals(event.topic())).findFirst().orElseThrow();
            String messageRef = channel.path("messages").elements().next().path("$ref").asText();
            JsonNode message = doc.at(messageRef.substring(1));
            assertThat(message.path("payload").path("$ref").asText()).as(event.topic()).isEqualTo("./schemas/" + event.file());
            assertThat(message.path("name").asText()).isEqualTo(event.record().getSimpleName());
            assertThat(Files.isRegularFile(DOCUMENT.resolveSibling("schemas").resolve(event.file()))).isTrue();
            assertThat(message.path("bindings").path("kafka").path("key").path("$ref").asText()).isEqualTo("#/components/schemas/projectKey");
        }
    }

    /** The documented record key is exactly what producers write: ProjectRef's Kafka key, of tenant and project ids. */
    @Test
    void theRecordKeyIsTenantSlashProject() throws IOException {
        JsonNode key = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile()).at("/components/schemas/projectKey");
        Pattern pattern = Pattern.compile(key.path("pattern").asText());
        assertThat(key.path("pattern").asText())
                .isEqualTo("^" + Ids.TENANT_ID.pattern() + "/" + Ids.PROJECT_ID.pattern() + "$");
        assertThat(pattern.matcher(new ProjectRef("acme", "flashcards").kafkaKey()).matches()).isTrue();
        assertThat(pattern.matcher(key.path("examples").get(0).asText()).matches()).isTrue();
        assertThat(pattern.matcher("flashcards").matches()).as("a bare project id is no longer a key").isFalse();
    }
}

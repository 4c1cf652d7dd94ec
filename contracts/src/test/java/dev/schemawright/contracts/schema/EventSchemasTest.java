package dev.schemawright.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.schema.EventSchemas.EventContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas (META-INF/resources/asyncapi/schemas/, served next to the OpenAPI) agree with the event
 * records: each is exactly what {@link EventSchemas} generates from its record, the golden wire-format files validate
 * against it, and a payload the records would not produce (an unknown field, a wrong type, a missing id) does not.
 * After changing a record: {@code ./mvnw -pl contracts test -Dschemawright.write-schemas=true} rewrites the files;
 * review the diff like code (within v1 only optional fields may be added).
 */
class EventSchemasTest {
    static final Path PUBLISHED = Path.of("src/main/resources/META-INF/resources/asyncapi/schemas");
    private static final JsonSchemaFactory VALIDATORS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    static Stream<EventContract> events() {
        return EventSchemas.EVENTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void publishedSchemaIsTheOneGeneratedFromTheRecord(EventContract event) throws IOException {
        String generated = EventSchemas.schemaOf(event);
        Path published = PUBLISHED.resolve(event.file());
        if (Boolean.getBoolean("schemawright.write-schemas")) {
            Files.createDirectories(PUBLISHED);
            Files.writeString(published, generated, StandardCharsets.UTF_8);
        }
        Path fresh = Path.of("target/generated-schemas", event.file());
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(published, StandardCharsets.UTF_8))
                .as("%s disagrees with %s; the generated one is in %s (rewrite with -Dschemawright.write-schemas=true)",
                        published, event.record().getSimpleName(), fresh)
                .isEqualTo(generated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void goldenWireFormatValidates(EventContract event) throws IOException {
        assertThat(validate(event, golden(event.file()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void payloadsTheRecordsWouldNotWriteAreRejected(EventContract event) throws IOException {
        ObjectNode unknownField = (ObjectNode) golden(event.file()).deepCopy();
        unknownField.put("notAField", 1);
        assertThat(validate(event, unknownField)).anyMatch(m -> m.getMessage().contains("notAField"));

        ObjectNode noRunId = (ObjectNode) golden(event.file()).deepCopy();
        noRunId.remove("runId");
        assertThat(validate(event, noRunId)).anyMatch(m -> m.getMessage().contains("runId"));

        ObjectNode wrongType = (ObjectNode) golden(event.file()).deepCopy();
        wrongType.put("type", "dev.schemawright.something-else.v1");
        assertThat(validate(event, wrongType)).isNotEmpty();

        ObjectNode stringVersion = (ObjectNode) golden(event.file()).deepCopy();
        stringVersion.put("schemaVersion", "1");
        assertThat(validate(event, stringVersion)).anyMatch(m -> m.getMessage().contains("schemaVersion"));
    }

    /** Enum values are written in lower case; the schema lists them that way, so an upper-case one fails. */
    @Test
    void enumsAreTheLowerCaseWireNames() throws IOException {
        EventContract failed = EventSchemas.EVENTS.get(3);
        ObjectNode event = (ObjectNode) golden(failed.file()).deepCopy();
        assertThat(event.at("/diagnostics/0/severity").asText()).isEqualTo("error");
        ((ObjectNode) event.at("/diagnostics/0")).put("severity", "ERROR");
        assertThat(validate(failed, event)).anyMatch(m -> m.getMessage().contains("severity"));
    }

    private static Set<ValidationMessage> validate(EventContract event, JsonNode payload) throws IOException {
        JsonSchema schema = VALIDATORS.getSchema(JsonCodec.mapper().readTree(EventSchemas.schemaOf(event)));
        return schema.validate(payload);
    }

    private static JsonNode golden(String file) throws IOException {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/golden/" + file)) {
            return JsonCodec.mapper().readTree(in);
        }
    }
}

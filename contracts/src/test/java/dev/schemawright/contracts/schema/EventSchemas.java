package dev.schemawright.contracts.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.PipelineEvent;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the JSON Schema (draft-07, what AsyncAPI 3 payloads accept as is) of each event from its record, with the
 * wire rules of {@link JsonCodec}: enum constants in lower case, nulls omitted (so only primitives, lists, maps and the
 * envelope are required), no properties beyond the record's components, and {@code type} fixed to the event's type.
 */
public final class EventSchemas {
    /** One event of the AsyncAPI document: its topic, record, type constant and schema file name. */
    public record EventContract(String topic, Class<? extends PipelineEvent> record, String type, String file) {
    }

    public static final List<EventContract> EVENTS = List.of(
            new EventContract(Topics.REQUIREMENT, RequirementEvent.class, RequirementEvent.TYPE, "requirement-event.json"),
            new EventContract(Topics.MODEL_READY, ModelReadyEvent.class, ModelReadyEvent.TYPE, "model-ready-event.json"),
            new EventContract(Topics.ARTIFACTS_READY, ArtifactsReadyEvent.class, ArtifactsReadyEvent.TYPE, "artifacts-ready-event.json"),
            new EventContract(Topics.RUN_FAILED, RunFailedEvent.class, RunFailedEvent.TYPE, "run-failed-event.json"),
            new EventContract(Topics.UPLOAD, dev.schemawright.contracts.event.UploadEvent.class, dev.schemawright.contracts.event.UploadEvent.TYPE, "upload-event.json"));

    private static final List<String> ENVELOPE = List.of("eventId", "schemaVersion", "projectId", "runId", "type");
    /**
     * Fields added within v1: our producers always write them, but a record written before them (still on a topic, or
     * from an older producer) lacks them, so they are optional, and the schema says what absence means.
     */
    private static final Map<String, String> ADDED_WITHIN_V1 = Map.of(
            "tenantId", "The tenant owning the project (added within v1; absent: tenant `default`).",
            "attempt", "Which attempt of the run, 1 first, +1 per retry of a failed run (added within v1; absent: 1).");

    private EventSchemas() {
    }

    /** The schema of one event, pretty-printed by the same codec as golden files (stable bytes for a diff). */
    public static String schemaOf(EventContract event) {
        ObjectNode generated = generator().generateSchema(event.record());
        ObjectNode schema = generated.objectNode()
                .put("$schema", "http://json-schema.org/draft-07/schema#")
                .put("title", event.record().getSimpleName())
                .put("description", "Value of a record on " + event.topic() + " (compact JSON, UTF-8).");
        schema.setAll(generated);
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.putObject("type").put("const", event.type());
        ADDED_WITHIN_V1.forEach((name, meaning) -> {
            if (properties.get(name) instanceof ObjectNode field) {
                field.put("description", meaning);
            }
        });
        // the envelope is always there (the constructors reject a blank id), whatever its Java type
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        ArrayNode all = schema.putArray("required");
        properties.properties().stream().map(Map.Entry::getKey)
                .filter(name -> ENVELOPE.contains(name) || required.contains(name) && !ADDED_WITHIN_V1.containsKey(name))
                .forEach(all::add);
        return JsonCodec.toPrettyString(sortedDefinitions(schema));
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // JsonCodec writes enum constants as their lower-case names
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (!type.isInstanceOf(Enum.class)) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string");
            ArrayNode values = node.putArray("enum");
            Arrays.stream(type.getErasedType().getEnumConstants())
                    .forEach(c -> values.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT)));
            return new CustomDefinition(node);
        });
        // Lists, maps and primitives are always on the wire (Lists.copy turns null into []) unless the component says
        // it is left out when empty; other fields may be absent (null).
        config.forFields().withRequiredCheck(field -> {
            Class<?> raw = field.getType().getErasedType();
            JsonInclude include = field.getAnnotationConsideringFieldAndGetter(JsonInclude.class);
            boolean omittedWhenEmpty = include != null && include.value() != JsonInclude.Include.ALWAYS
                    && include.value() != JsonInclude.Include.NON_NULL;
            return !omittedWhenEmpty && (raw.isPrimitive() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw));
        });
        return new SchemaGenerator(config.build());
    }

    /** Definitions in name order, so the file does not change with the generator's traversal order. */
    private static ObjectNode sortedDefinitions(ObjectNode schema) {
        JsonNode definitions = schema.get("definitions");
        if (definitions instanceof ObjectNode defs) {
            ObjectNode sorted = defs.objectNode();
            defs.properties().stream().map(Map.Entry::getKey).sorted().forEach(k -> sorted.set(k, defs.get(k)));
            schema.set("definitions", sorted);
        }
        return schema;
    }
}

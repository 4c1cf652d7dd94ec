package dev.schemawright.cli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.platform.LocalKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/ must say what the code does: every manifest parses, the Strimzi topics are exactly the pipeline's topics and
 * dead-letter topics, and each service gets the same settings, under their environment-variable names, that
 * {@code ./schemawright up} passes to it locally.
 */
class DeployManifestsTest {
    static final Path DEPLOY = Path.of("..", "deploy");
    static final List<String> MAIN_TOPICS = List.of(Topics.UPLOAD, Topics.REQUIREMENT, Topics.MODEL_READY, Topics.ARTIFACTS_READY, Topics.RUN_FAILED);

    @Test
    void everyManifestParsesAndNamesItsKind() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (JsonNode doc : documents(file)) {
                assertThat(doc.path("apiVersion").asText()).as(file + " apiVersion").isNotEmpty();
                assertThat(doc.path("kind").asText()).as(file + " kind").isNotEmpty();
                if (!doc.path("kind").asText().equals("Kustomization")) {
                    assertThat(doc.path("metadata").path("name").asText()).as(file + " metadata.name").isNotEmpty();
                }
            }
        }
    }

    @Test
    void strimziTopicsAreThePipelineTopicsAndTheirDeadLetters() throws IOException {
        Set<String> expected = new TreeSet<>(MAIN_TOPICS);
        MAIN_TOPICS.forEach(t -> expected.add(Topics.deadLetter(t)));
        Set<String> declared = new TreeSet<>();
        for (JsonNode topic : documents(DEPLOY.resolve("strimzi/topics.yaml"))) {
            assertThat(topic.path("kind").asText()).isEqualTo("KafkaTopic");
            declared.add(topic.path("metadata").path("name").asText());
            JsonNode spec = topic.path("spec");
            assertThat(spec.path("partitions").asInt()).isPositive();
            assertThat(spec.path("replicas").asInt()).isGreaterThanOrEqualTo(spec.path("config").path("min.insync.replicas").asInt());
            // the services send records as large as the local broker accepts
            assertThat(spec.path("config").path("max.message.bytes").asLong()).isGreaterThanOrEqualTo(LocalKafka.MAX_MESSAGE_BYTES);
        }
        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void eachServiceGetsTheSettingsUpGivesItLocally() throws IOException {
        Map<String, String> config = documents(DEPLOY.resolve("k8s/config.yaml")).stream()
                .flatMap(doc -> stream(doc.path("kind").asText().equals("Secret") ? doc.path("stringData") : doc.path("data")))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText()));
        for (String key : new LocalPlatformProcesses(new PlatformLayout(Path.of("..")), LocalPorts.DEFAULT).serviceConfig().keySet()) {
            assertThat(config).as("deploy/k8s/config.yaml sets " + key).containsKey(environmentName(key));
        }

        List<String> kustomized = new ArrayList<>();
        documents(DEPLOY.resolve("k8s/kustomization.yaml")).get(0).path("resources").forEach(r -> kustomized.add(r.asText()));
        for (String service : PlatformLayout.SERVICES) {
            assertThat(kustomized).contains(service + ".yaml");
            List<JsonNode> docs = documents(DEPLOY.resolve("k8s/" + service + ".yaml"));
            JsonNode deployment = docs.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
            assertThat(docs).anySatisfy(d -> assertThat(d.path("kind").asText()).isEqualTo("Service"));
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            List<String> sources = new ArrayList<>();
            container.path("envFrom").forEach(e -> sources.add(e.has("configMapRef") ? "configmap" : "secret"));
            assertThat(sources).as(service + " envFrom").containsExactlyInAnyOrder("configmap", "secret");
        }
    }

    /** MicroProfile Config's environment form: kafka.bootstrap.servers -> KAFKA_BOOTSTRAP_SERVERS. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(DEPLOY)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static Stream<Map.Entry<String, JsonNode>> stream(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries.stream();
    }
}

package dev.schemawright.modeling.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.platform.KafkaAndS3TestResource;
import dev.schemawright.platform.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The service against a real KRaft broker in the test JVM: requirement events in, model-ready events out. */
@QuarkusTest
@WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)
class ModelingServiceTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Random IDS = new Random(7);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String newRunId() {
        byte[] b = new byte[12];
        IDS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static List<RequirementEvent> run(String project, String runId, int total) {
        List<RequirementEvent> events = new ArrayList<>();
        for (int seq = 1; seq <= total; seq++) {
            Requirement r = new Requirement("prd.md#L" + seq, RequirementKind.FUNCTIONAL, "Users can create item number " + seq + ".",
                    new Source("prd.md", DocumentRole.PRD, List.of("Features"), seq, seq), Scope.IN_SCOPE, Map.of());
            events.add(RequirementEvent.of(project, runId, seq, total, r));
        }
        return events;
    }

    void publish(RequirementEvent e) {
        TopicReader.send(bootstrap, Topics.REQUIREMENT, e.projectId(), JsonCodec.toBytes(e));
    }

    static boolean ofRun(ConsumerRecord<String, byte[]> r, String runId) {
        return new String(r.value(), StandardCharsets.UTF_8).contains("\"runId\":\"" + runId + "\"");
    }

    @Test
    void aCompleteRunOutOfOrderWithDuplicatesYieldsExactlyOneModel() {
        String runId = newRunId();
        List<RequirementEvent> events = run("shop-1", runId, 5);
        List<RequirementEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(1));
        shuffled.add(2, events.get(3)); // redelivered before completion
        shuffled.forEach(this::publish);
        publish(events.get(0)); // redelivered after completion

        try (TopicReader models = new TopicReader(bootstrap, Topics.MODEL_READY)) {
            ConsumerRecord<String, byte[]> record = models.awaitFirst(r -> ofRun(r, runId), WAIT).orElseThrow();
            assertThat(record.key()).isEqualTo("shop-1");
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(ModelReadyEvent.TYPE);
            assertThat(TopicReader.header(record, "ce_id")).isEqualTo(runId + "-model");
            ModelReadyEvent event = JsonCodec.fromBytes(record.value(), ModelReadyEvent.class);
            List<Requirement> inOrder = events.stream().map(RequirementEvent::requirement).toList();
            assertThat(event.model()).isEqualTo(new SchemaDesigner().design("shop-1", inOrder));

            assertThat(models.readFor(Duration.ofSeconds(2)).stream().filter(r -> ofRun(r, runId))).hasSize(1);
        }
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithAReasonAndConsumptionGoesOn() {
        String marker = "poison-" + newRunId();
        TopicReader.send(bootstrap, Topics.REQUIREMENT, "shop-2", ("{not json " + marker).getBytes(StandardCharsets.UTF_8));
        RequirementEvent valid = run("shop-2", newRunId(), 1).get(0);
        // valid JSON, invalid record: seq beyond total
        String badSeq = new String(JsonCodec.toBytes(valid), StandardCharsets.UTF_8).replace("\"seq\":1", "\"seq\":9");
        TopicReader.send(bootstrap, Topics.REQUIREMENT, "shop-2", badSeq.getBytes(StandardCharsets.UTF_8));
        String goodRun = newRunId();
        run("shop-2", goodRun, 2).forEach(this::publish);

        try (TopicReader dlq = new TopicReader(bootstrap, Topics.deadLetter(Topics.REQUIREMENT))) {
            List<ConsumerRecord<String, byte[]>> dead = dlq.pollUntil(rs -> rs.stream().filter(r -> "shop-2".equals(r.key())).count() >= 2, WAIT)
                    .stream().filter(r -> "shop-2".equals(r.key())).toList();
            ConsumerRecord<String, byte[]> garbage = dead.stream()
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker)).findFirst().orElseThrow();
            assertThat(TopicReader.header(garbage, "dead-letter-reason")).contains("not a valid RequirementEvent");
            assertThat(TopicReader.header(garbage, "dead-letter-topic")).isEqualTo(Topics.REQUIREMENT);
            assertThat(dead).anySatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).contains("bad seq/total 9/1"));
        }
        try (TopicReader models = new TopicReader(bootstrap, Topics.MODEL_READY)) {
            assertThat(models.awaitFirst(r -> ofRun(r, goodRun), WAIT)).as("the run after the poison is still modeled").isPresent();
        }
    }

    @Test
    void readinessCoversEveryChannel() {
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.data.flatten().collect { it.keySet() }.flatten()",
                        org.hamcrest.Matchers.hasItems(Channels.REQUIREMENTS, Channels.MODEL_READY, Channels.RUN_FAILED));
    }

    @Test
    void aRunThatNeverCompletesExpiresAsRunFailed() {
        String runId = newRunId();
        publish(run("shop-3", runId, 3).get(0));

        try (TopicReader failed = new TopicReader(bootstrap, Topics.RUN_FAILED)) {
            ConsumerRecord<String, byte[]> record = failed.awaitFirst(r -> ofRun(r, runId), WAIT).orElseThrow();
            RunFailedEvent event = JsonCodec.fromBytes(record.value(), RunFailedEvent.class);
            assertThat(event.projectId()).isEqualTo("shop-3");
            assertThat(event.stage()).isEqualTo("modeling");
            assertThat(event.reason()).contains("1 of 3");
        }
        try (TopicReader models = new TopicReader(bootstrap, Topics.MODEL_READY)) {
            assertThat(models.readFor(Duration.ofSeconds(1)).stream().filter(r -> ofRun(r, runId))).isEmpty();
        }
    }
}

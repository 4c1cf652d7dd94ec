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
import dev.schemawright.contracts.tenant.RunRef;
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
    static final String TENANT = "acme";

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
            events.add(RequirementEvent.of(new RunRef(TENANT, project, runId, 1), seq, total, r));
        }
        return events;
    }

    void publish(RequirementEvent e) {
        TopicReader.send(bootstrap, Topics.REQUIREMENT, e.kafkaKey(), JsonCodec.toBytes(e));
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
            assertThat(record.key()).isEqualTo(TENANT + "/shop-1");
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

    /**
     * The poison sentence of issue #13 (a catastrophic regex case for the modeling-core of its time): the design is
     * stopped at its budget (3 s in tests) and the run fails with that reason, while a bystander run is modeled
     * meanwhile and liveness stays UP.
     */
    @Test
    void aDesignPastItsBudgetFailsItsRunAloneAndTheConsumerGoesOn() {
        StringBuilder sentence = new StringBuilder("The orders table and the invoices table hold to ");
        for (int i = 0; i < 1500; i++) {
            sentence.append(i == 0 ? "" : " to ").append("x_").append((char) ('a' + i / 676)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i % 26));
        }
        sentence.append('.');
        String poisonRun = newRunId();
        Requirement poison = new Requirement("prd.md#L1", RequirementKind.FUNCTIONAL, sentence.toString(),
                new Source("prd.md", DocumentRole.PRD, List.of(), 1, 1), Scope.IN_SCOPE, Map.of());
        publish(RequirementEvent.of(new RunRef(TENANT, "poison", poisonRun, 1), 1, 1, poison));
        String bystander = newRunId();
        long start = System.nanoTime();
        run("bystander", bystander, 3).forEach(this::publish);

        try (TopicReader models = new TopicReader(bootstrap, Topics.MODEL_READY)) {
            assertThat(models.awaitFirst(r -> ofRun(r, bystander), WAIT)).as("the bystander is modeled meanwhile").isPresent();
        }
        long bystanderMillis = (System.nanoTime() - start) / 1_000_000;
        // the poison ends one way or the other within its budget: failed for exceeding it (the modeling-core of issue
        // #13 spun for minutes), or modeled (a modeling-core that reads it in time); never left hanging
        try (TopicReader failed = new TopicReader(bootstrap, Topics.RUN_FAILED);
             TopicReader models = new TopicReader(bootstrap, Topics.MODEL_READY)) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            java.util.Optional<ConsumerRecord<String, byte[]>> failure = java.util.Optional.empty();
            boolean modeled = false;
            while (failure.isEmpty() && !modeled && System.nanoTime() < deadline) {
                failure = failed.awaitFirst(r -> ofRun(r, poisonRun), Duration.ofMillis(300));
                modeled = models.awaitFirst(r -> ofRun(r, poisonRun), Duration.ofMillis(300)).isPresent();
            }
            assertThat(failure.isPresent() || modeled).as("the poison run ended").isTrue();
            if (failure.isPresent()) {
                RunFailedEvent event = JsonCodec.fromBytes(failure.get().value(), RunFailedEvent.class);
                assertThat(event.reason()).startsWith("design-time-exceeded");
                assertThat(event.diagnostics()).extracting(d -> d.code()).containsExactly("design-time-exceeded");
            }
        }
        System.out.println("[figure] bystander modeled " + bystanderMillis + " ms after it was sent, beside a stuck design");
        io.restassured.RestAssured.given().get("/q/health/live").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
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

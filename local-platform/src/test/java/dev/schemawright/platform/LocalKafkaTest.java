package dev.schemawright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalKafkaTest {
    static LocalKafka kafka;

    @BeforeAll
    static void start() {
        kafka = LocalKafka.start(0, null);
        PipelineTopics.create(kafka);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void pipelineTopicsExistWithTheirPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Set<String> names = admin.listTopics().names().get();
            assertThat(names).containsAll(PipelineTopics.MAIN).containsAll(PipelineTopics.DEAD_LETTER);
            assertThat(admin.describeTopics(List.of(Topics.REQUIREMENT)).allTopicNames().get().get(Topics.REQUIREMENT).partitions())
                    .hasSize(PipelineTopics.PARTITIONS);
        }
    }

    @Test
    void aRecordLargerThanTheKafkaDefaultRoundTrips() {
        byte[] big = new byte[3 * 1024 * 1024]; // Kafka's default limit is 1 MB
        big[big.length - 1] = 42;
        TopicReader.send(kafka.bootstrapServers(), Topics.MODEL_READY, "project-a", big);
        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), Topics.MODEL_READY)) {
            ConsumerRecord<String, byte[]> got = reader.awaitFirst(r -> "project-a".equals(r.key()), Duration.ofSeconds(30)).orElseThrow();
            assertThat(got.value()).isEqualTo(big);
        }
    }
}

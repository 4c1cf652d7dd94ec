package dev.schemawright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.event.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LocalKafka.MAX_MESSAGE_BYTES), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.MODEL_READY, "project-a", big)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.MODEL_READY));
            List<ConsumerRecord<String, byte[]>> got = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (got.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(got::add);
            }
            assertThat(got).hasSize(1);
            assertThat(got.get(0).key()).isEqualTo("project-a");
            assertThat(got.get(0).value()).isEqualTo(big);
        }
    }
}

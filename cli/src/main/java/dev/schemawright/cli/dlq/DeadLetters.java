package dev.schemawright.cli.dlq;

import dev.schemawright.cli.UserError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and replays a dead-letter topic with plain Kafka clients (what SmallRye's dead-letter strategy wrote). */
public final class DeadLetters {
    static final String REASON = "dead-letter-reason";
    static final String ORIGIN = "dead-letter-topic";
    /** Headers SmallRye adds when it dead-letters a record; they do not travel back. */
    static final Set<String> DEAD_LETTER_HEADERS = Set.of(REASON, ORIGIN, "dead-letter-cause", "dead-letter-partition",
            "dead-letter-offset", "dead-letter-exception-class-name", "dead-letter-cause-class-name");
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final String bootstrap;

    public DeadLetters(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public record Letter(long offset, Instant time, String key, int size, String reason) {
    }

    public List<Letter> list(String dlq) {
        List<Letter> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            for (ConsumerRecord<String, byte[]> r : drain(consumer)) {
                out.add(new Letter(r.offset(), Instant.ofEpochMilli(r.timestamp()), String.valueOf(r.key()),
                        r.value() == null ? 0 : r.value().length, header(r, REASON)));
            }
        }
        return List.copyOf(out);
    }

    /** Sends every record after the group's last replay to its topic, then remembers how far it got. */
    public int replay(String dlq, String fallbackTopic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer("schemawright-dlq-replay-" + dlq);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                     ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000), new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(dlq));
            List<ConsumerRecord<String, byte[]>> records = drain(consumer);
            for (ConsumerRecord<String, byte[]> r : records) {
                String target = header(r, ORIGIN);
                ProducerRecord<String, byte[]> again = new ProducerRecord<>(target.isEmpty() ? fallbackTopic : target, r.key(), r.value());
                for (Header h : r.headers()) {
                    if (!DEAD_LETTER_HEADERS.contains(h.key())) {
                        again.headers().add(h);
                    }
                }
                producer.send(again).get();
            }
            producer.flush();
            consumer.commitSync();
            return records.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.failed("interrupted while replaying " + dlq);
        } catch (java.util.concurrent.ExecutionException e) {
            throw UserError.failed("replaying " + dlq + " failed: " + e.getCause());
        }
    }

    private KafkaConsumer<String, byte[]> consumer(String group) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        try {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                throw UserError.failed("no topic " + topic + " on " + bootstrap);
            }
            return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (TimeoutException e) {
            throw UserError.failed("cannot reach Kafka at " + bootstrap + " (is the platform up? ./schemawright up)");
        }
    }

    /** Polls until the topic stays quiet for a moment: a dead-letter topic is small and not live. */
    private static List<ConsumerRecord<String, byte[]>> drain(KafkaConsumer<String, byte[]> consumer) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() - quietSince < QUIET.toNanos() && System.nanoTime() < deadline) {
            var batch = consumer.poll(Duration.ofMillis(200));
            if (!batch.isEmpty()) {
                batch.forEach(out::add);
                quietSince = System.nanoTime();
            }
        }
        return out;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}

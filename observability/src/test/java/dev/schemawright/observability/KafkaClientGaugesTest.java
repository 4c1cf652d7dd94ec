package dev.schemawright.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The derived series read the Kafka clients' meters of the channels a service configures, and nothing else. */
class KafkaClientGaugesTest {
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void lagSumsThePartitionsOfEachConsumedTopicAndDeadLettersCountTheDlqSends() {
        Map<String, String> config = Map.of(
                "mp.messaging.incoming.model-ready.topic", "schemawright.model-ready.v1",
                "mp.messaging.incoming.model-ready.dead-letter-queue.topic", "schemawright.model-ready.v1.dlq",
                "mp.messaging.outgoing.artifacts-ready.topic", "schemawright.artifacts-ready.v1");
        AtomicLong p0 = new AtomicLong(3);
        AtomicLong p1 = new AtomicLong(4);
        AtomicLong other = new AtomicLong(100);
        AtomicLong dlq = new AtomicLong(2);
        // as Kafka names them: fetch metrics with '_' in the topic tag, one gauge per partition
        Gauge.builder(KafkaClientGauges.KAFKA_LAG, p0, AtomicLong::get).tags("topic", "schemawright_model-ready_v1", "partition", "0").register(registry);
        Gauge.builder(KafkaClientGauges.KAFKA_LAG, p1, AtomicLong::get).tags("topic", "schemawright_model-ready_v1", "partition", "1").register(registry);
        Gauge.builder(KafkaClientGauges.KAFKA_LAG, other, AtomicLong::get).tags("topic", "someone.else", "partition", "0").register(registry);
        Gauge.builder(KafkaClientGauges.KAFKA_SENT, dlq, AtomicLong::get).tags("topic", "schemawright.model-ready.v1.dlq").register(registry);

        KafkaClientGauges.register(registry, config.keySet(), config::get);

        assertThat(registry.get(KafkaClientGauges.CONSUMER_LAG).tag("topic", "schemawright.model-ready.v1").gauge().value()).isEqualTo(7.0);
        assertThat(registry.get(KafkaClientGauges.DEAD_LETTERS).tag("topic", "schemawright.model-ready.v1.dlq").functionCounter().count())
                .isEqualTo(2.0);
        p1.set(0);
        dlq.set(5);
        assertThat(registry.get(KafkaClientGauges.CONSUMER_LAG).gauge().value()).isEqualTo(3.0);
        assertThat(registry.get(KafkaClientGauges.DEAD_LETTERS).functionCounter().count()).isEqualTo(5.0);
        // no lag series for a topic this service only produces
        assertThat(registry.find(KafkaClientGauges.CONSUMER_LAG).meters()).hasSize(1);
        assertThat(List.of(registry.find(KafkaClientGauges.CONSUMER_LAG).gauge().getId().getTag("topic")))
                .containsExactly("schemawright.model-ready.v1");
    }
}

package dev.schemawright.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * {@code schemawright_consumer_lag{topic}} and {@code schemawright_dead_letters_total{topic}}, read from the metrics
 * the Kafka clients already keep (Quarkus binds them to Micrometer): the records behind the end of each consumed topic,
 * summed over its partitions, and the records this service sent to each dead-letter topic. The topics come from the
 * service's own channel configuration ({@code mp.messaging.incoming.*.topic} and {@code *.dead-letter-queue.topic}).
 */
@ApplicationScoped
public class KafkaClientGauges {
    public static final String CONSUMER_LAG = "schemawright.consumer.lag";
    public static final String DEAD_LETTERS = "schemawright.dead.letters";
    static final String KAFKA_LAG = "kafka.consumer.fetch.manager.records.lag";
    static final String KAFKA_SENT = "kafka.producer.topic.record.send.total";

    void register(@Observes @Initialized(ApplicationScoped.class) Object started, MeterRegistry registry, Config config) {
        register(registry, config.getPropertyNames(), property -> config.getValue(property, String.class));
    }

    static void register(MeterRegistry registry, Iterable<String> propertyNames, Function<String, String> values) {
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String name : propertyNames) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".dead-letter-queue.topic")) {
                deadLetters.add(values.apply(name));
            } else if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic") && name.split("\\.").length == 5) {
                consumed.add(values.apply(name));
            }
        }
        for (String topic : consumed) {
            Gauge.builder(CONSUMER_LAG, registry, r -> sum(r, KAFKA_LAG, topic)).tag("topic", topic)
                    .description("Records not yet consumed, over all partitions of the topic").register(registry);
        }
        for (String topic : deadLetters) {
            FunctionCounter.builder(DEAD_LETTERS, registry, r -> sum(r, KAFKA_SENT, topic)).tag("topic", topic)
                    .description("Records this service sent to the dead-letter topic").register(registry);
        }
    }

    /** The sum of every meter named {@code name} tagged with the topic (Kafka names it with dots or underscores). */
    static double sum(MeterRegistry registry, String name, String topic) {
        double total = 0;
        for (Meter meter : registry.find(name).meters()) {
            String t = meter.getId().getTag("topic");
            if (topic.equals(t) || topic.replace('.', '_').equals(t)) {
                for (var m : meter.measure()) {
                    if (!Double.isNaN(m.getValue())) {
                        total += m.getValue();
                    }
                }
            }
        }
        return total;
    }
}

package dev.schemawright.platform;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node KRaft Kafka broker in this JVM (the broker classes of {@code kafka_2.13}, started by the SmallRye
 * companion's {@link EmbeddedKafkaBroker}). In a test: {@code LocalKafka.start(0, null)}; as a process for
 * {@code ./schemawright up}: {@code java dev.schemawright.platform.LocalKafka --port 9092 --data-dir DIR}.
 */
public final class LocalKafka implements AutoCloseable {
    /** Models of large projects are big; broker, topics and producers all allow 16 MB records. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    public static final String READY_PREFIX = "READY kafka ";
    static final String USAGE = "LocalKafka [--port 9092] [--data-dir DIR] [--host 127.0.0.1]";
    // A fixed cluster id, so a persistent data dir formatted once is accepted on every later start.
    private static final String CLUSTER_ID = new Uuid(0x5363_6865_6d61_7772L, 0x6967_6874_4b61_666bL).toString();

    private final EmbeddedKafkaBroker broker;
    private final String bootstrapServers;

    private LocalKafka(EmbeddedKafkaBroker broker, String bootstrapServers) {
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
    }

    /** Port 0 picks a free port; a null data dir means a temporary log dir deleted on close. */
    public static LocalKafka start(int port, Path dataDir) {
        return start("127.0.0.1", port, dataDir);
    }

    public static LocalKafka start(String host, int port, Path dataDir) {
        QuietLogs.applyToJul();
        int kafkaPort = FreePorts.orPick(port);
        int controllerPort = FreePorts.pick();
        Optional<Path> logDir = Optional.ofNullable(dataDir).map(CommandLine::createDirectories);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withKafkaHost(host)
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDir.isEmpty())
                .withAdditionalProperties(p -> {
                    p.put("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
                    p.put("replica.fetch.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
                    p.put("auto.create.topics.enable", "true");
                    p.put("num.partitions", Integer.toString(PipelineTopics.PARTITIONS));
                    // one node: the internal topics need one replica, and few partitions start faster
                    p.put("offsets.topic.replication.factor", "1");
                    p.put("offsets.topic.num.partitions", "4");
                    p.put("transaction.state.log.replication.factor", "1");
                    p.put("transaction.state.log.min.isr", "1");
                    // consumers join at once instead of waiting 3 s for more members
                    p.put("group.initial.rebalance.delay.ms", "0");
                    logDir.ifPresent(d -> p.put("log.dir", d.toAbsolutePath().toString()));
                });
        broker.start();
        return new LocalKafka(broker, host + ":" + kafkaPort);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates missing topics; existing ones are left as they are. All in one request (the controller takes them in one
     * go; one request per topic cost a controller round trip each while the broker was still starting).
     */
    public void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> topics = names.stream().map(name -> new NewTopic(name, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES)))).toList();
            var created = admin.createTopics(topics).values();
            for (String name : names) {
                try {
                    created.get(name).get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name, e.getCause());
                    }
                }
            }
            awaitVisible(admin, names);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics", e.getCause());
        }
    }

    /** The controller acknowledges before the broker's metadata cache knows the topic; clients ask the broker. */
    private static void awaitVisible(Admin admin, Collection<String> names) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!admin.listTopics().names().get().containsAll(names)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics not visible after 30 s: " + names);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        broker.close();
    }

    /** Runs until SIGTERM/SIGINT; prints {@code READY kafka bootstrap=host:port} once the pipeline topics exist. */
    public static void main(String[] args) throws InterruptedException {
        QuietLogs.configureSimpleLogger();
        CommandLine cli = new CommandLine(args, USAGE, "port", "data-dir", "host");
        LocalKafka kafka = start(cli.text("host", "127.0.0.1"), cli.intValue("port", 9092), cli.path("data-dir").orElse(null));
        PipelineTopics.create(kafka);
        CommandLine.serveUntilTerminated(kafka, READY_PREFIX + "bootstrap=" + kafka.bootstrapServers());
    }
}

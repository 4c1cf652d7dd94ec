package dev.schemawright.cli.platform;

import dev.schemawright.platform.ServiceLauncher;
import dev.schemawright.platform.ServiceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five processes of the local platform, as specs for the platform engineer's {@link ServiceLauncher}: Kafka and S3
 * from local-platform's jars, and the three services with the storage and Kafka settings every service reads
 * ({@code kafka.bootstrap.servers}, {@code schemawright.storage.*}).
 */
public final class LocalPlatformProcesses {
    // Compile-time constants of LocalKafka/LocalS3, copied as text so this JVM never loads the broker classes.
    static final String KAFKA_MAIN = "dev.schemawright.platform.LocalKafka";
    static final String S3_MAIN = "dev.schemawright.platform.LocalS3";
    static final String KAFKA_READY = "READY kafka ";
    static final String S3_READY = "READY s3 ";

    private final PlatformLayout layout;
    private final LocalPorts ports;

    public LocalPlatformProcesses(PlatformLayout layout, LocalPorts ports) {
        this.layout = layout;
        this.ports = ports;
    }

    public List<ServiceSpec> brokers() {
        String classpath = layout.localPlatformClasspath();
        Path data = layout.dataDir();
        return List.of(
                detached(ServiceSpec.javaMain("kafka", classpath, KAFKA_MAIN,
                        List.of("--port", Integer.toString(ports.kafka()), "--data-dir", data.resolve("kafka").toString()), KAFKA_READY)),
                detached(ServiceSpec.javaMain("s3", classpath, S3_MAIN,
                        List.of("--port", Integer.toString(ports.s3()), "--data-dir", data.resolve("s3").toString()), S3_READY)));
    }

    public List<ServiceSpec> services() {
        Map<String, String> config = serviceConfig();
        List<Integer> httpPorts = List.of(ports.ingest(), ports.modeling(), ports.render());
        List<ServiceSpec> specs = new ArrayList<>();
        for (int i = 0; i < PlatformLayout.SERVICES.size(); i++) {
            String service = PlatformLayout.SERVICES.get(i);
            specs.add(detached(ServiceSpec.quarkus(service, layout.quarkusApp(service), httpPorts.get(i), config)));
        }
        return specs;
    }

    /** What every service is told; the same keys configure a production deployment (see deploy/). */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", ports.kafkaBootstrap());
        config.put("schemawright.storage.endpoint", ports.s3Endpoint());
        config.put("schemawright.storage.bucket", "schemawright");
        config.put("schemawright.storage.access-key", "local");
        config.put("schemawright.storage.secret-key", "local-secret");
        config.put("schemawright.storage.path-style", "true");
        return config;
    }

    /**
     * In a session of its own, so the platform outlives the terminal {@code up} ran in (no SIGHUP, no Ctrl-C of a
     * later foreground job); {@code setsid} execs in place, so the recorded pid is the JVM's.
     */
    private static ServiceSpec detached(ServiceSpec spec) {
        if (!Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            return spec;
        }
        List<String> command = new ArrayList<>();
        command.add("/usr/bin/setsid");
        command.addAll(spec.command());
        return new ServiceSpec(spec.name(), command, spec.environment(), spec.readiness(), spec.startTimeout());
    }
}

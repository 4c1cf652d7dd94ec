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
        Path platformTarget = layout.repository().resolve("local-platform").resolve("target");
        return List.of(
                detached(withClassData(light(ServiceSpec.javaMain("kafka", classpath, KAFKA_MAIN,
                        List.of("--port", Integer.toString(ports.kafka()), "--data-dir", data.resolve("kafka").toString()), KAFKA_READY)),
                        platformTarget)),
                detached(withClassData(light(ServiceSpec.javaMain("s3", classpath, S3_MAIN,
                        List.of("--port", Integer.toString(ports.s3()), "--data-dir", data.resolve("s3").toString()), S3_READY)),
                        platformTarget)));
    }

    public List<ServiceSpec> services() {
        Map<String, String> config = serviceConfig();
        List<Integer> httpPorts = List.of(ports.ingest(), ports.modeling(), ports.render());
        List<ServiceSpec> specs = new ArrayList<>();
        for (int i = 0; i < PlatformLayout.SERVICES.size(); i++) {
            String service = PlatformLayout.SERVICES.get(i);
            Path app = layout.quarkusApp(service);
            specs.add(detached(withClassData(ServiceSpec.quarkus(service, app, httpPorts.get(i), config), app)));
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
     * A class-data archive per process (JDK 13+ dynamic AppCDS): the first run after a build writes what it loaded to
     * {@code .schemawright/cds/NAME.jsa} when it stops, and later runs map it instead of loading and verifying those
     * classes again (five JVMs booting at once on two cores spend much of {@code up} there). An archive older than
     * anything in {@code built} (jars rebuilt) is written afresh; one the JVM finds unusable is ignored by it.
     */
    private ServiceSpec withClassData(ServiceSpec spec, Path built) {
        Path archive = layout.stateDir().resolve("cds").resolve(spec.name() + ".jsa");
        List<String> options = new ArrayList<>(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (ClassDataArchive.usable(archive, built)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        } else {
            ClassDataArchive.prepare(archive);
            options.add("-XX:ArchiveClassesAtExit=" + archive);
        }
        List<String> command = new ArrayList<>(spec.command());
        command.addAll(1, options);
        return new ServiceSpec(spec.name(), command, spec.environment(), spec.readiness(), spec.startTimeout());
    }

    /**
     * The local broker and S3 server carry a developer's traffic, not a production load: the client compiler only and the
     * serial collector boot them on a fraction of the CPU that C2 and G1's threads take, CPU the three services need at
     * the same moment (all five start together on two cores).
     */
    static ServiceSpec light(ServiceSpec spec) {
        List<String> command = new ArrayList<>(spec.command());
        command.addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        return new ServiceSpec(spec.name(), command, spec.environment(), spec.readiness(), spec.startTimeout());
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

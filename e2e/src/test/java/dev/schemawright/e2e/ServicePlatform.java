package dev.schemawright.e2e;

import dev.schemawright.platform.FreePorts;
import dev.schemawright.platform.LaunchedService;
import dev.schemawright.platform.LocalPlatform;
import dev.schemawright.platform.ServiceLauncher;
import dev.schemawright.platform.ServiceSpec;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Kafka and S3Proxy in this JVM, the three services as child processes from their built {@code target/quarkus-app}
 * (as {@code ./schemawright up} runs them), started once per test JVM.
 */
final class ServicePlatform {
    static final Path REPO = Path.of(System.getProperty("schemawright.repo", "..")).toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("ingest-service", "modeling-service", "render-service");

    private static ServicePlatform shared;

    final LocalPlatform platform;
    final ServiceLauncher launcher;
    final List<LaunchedService> services;
    final Duration timeToAllHealthy;
    final ObjectStore store;
    final int ingestPort;
    final int renderPort;

    private ServicePlatform() {
        for (String service : SERVICES) {
            Path app = appDir(service).resolve("quarkus-run.jar");
            if (!Files.isRegularFile(app)) {
                throw new IllegalStateException(app + " is missing: build the services first (./mvnw -pl " + service + " package)");
            }
        }
        platform = LocalPlatform.shared();
        Map<String, String> config = platform.serviceConfig();
        store = new ObjectStore(StorageConfig.from(k -> java.util.Optional.ofNullable(config.get(k))));
        launcher = new ServiceLauncher(REPO.resolve("e2e/target/e2e-run"));
        ingestPort = FreePorts.pick();
        renderPort = FreePorts.pick();
        List<Integer> ports = List.of(ingestPort, FreePorts.pick(), renderPort);
        Instant start = Instant.now();
        services = launcher.launchAll(List.of(
                ServiceSpec.quarkus(SERVICES.get(0), appDir(SERVICES.get(0)), ports.get(0), config),
                ServiceSpec.quarkus(SERVICES.get(1), appDir(SERVICES.get(1)), ports.get(1), config),
                ServiceSpec.quarkus(SERVICES.get(2), appDir(SERVICES.get(2)), ports.get(2), config)));
        timeToAllHealthy = Duration.between(start, Instant.now());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "e2e-services-shutdown"));
    }

    /** {@code <repo>/<service>/target/quarkus-app}, or {@code -De2e.<service>.app=DIR} to test another build of it. */
    static Path appDir(String service) {
        return Path.of(System.getProperty("e2e." + service + ".app", REPO.resolve(service).resolve("target/quarkus-app").toString()));
    }

    static synchronized ServicePlatform shared() {
        if (shared == null) {
            shared = new ServicePlatform();
        }
        return shared;
    }

    String bootstrap() {
        return platform.kafka().bootstrapServers();
    }

    String ingestUrl() {
        return "http://127.0.0.1:" + ingestPort;
    }

    String renderUrl() {
        return "http://127.0.0.1:" + renderPort;
    }
}

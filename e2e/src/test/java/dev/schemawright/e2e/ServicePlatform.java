package dev.schemawright.e2e;

import dev.schemawright.platform.FreePorts;
import dev.schemawright.platform.LaunchedService;
import dev.schemawright.platform.LocalPlatform;
import dev.schemawright.platform.ServiceLauncher;
import dev.schemawright.platform.ServiceSpec;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import dev.schemawright.storage.keys.ApiKeyStore;
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
    final int modelingPort;
    final OtlpReceiver traces;
    /** Keys of two tenants and an admin, made in the platform's S3 as ./schemawright keys create makes them. */
    final String tenantKey;
    final String otherTenantKey;
    final String adminKey;
    static final String TENANT = "e2e";
    static final String OTHER_TENANT = "stranger";

    private ServicePlatform() {
        for (String service : SERVICES) {
            Path app = appDir(service).resolve("quarkus-run.jar");
            if (!Files.isRegularFile(app)) {
                throw new IllegalStateException(app + " is missing: build the services first (./mvnw -pl " + service + " package)");
            }
        }
        platform = LocalPlatform.shared();
        traces = startReceiver();
        Map<String, String> config = new java.util.HashMap<>(platform.serviceConfig());
        // tracing on, exported to this JVM; a short batch delay so a test sees a run's spans within a second or two
        config.put("quarkus.otel.sdk.disabled", "false");
        config.put("quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint());
        config.put("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        config.put("quarkus.otel.bsp.schedule.delay", "200ms");
        store = new ObjectStore(StorageConfig.from(k -> java.util.Optional.ofNullable(config.get(k))));
        ApiKeyStore keys = new ApiKeyStore(store);
        tenantKey = keys.create(TENANT, false, "e2e");
        otherTenantKey = keys.create(OTHER_TENANT, false, "e2e");
        adminKey = keys.create(TENANT, true, "e2e");
        launcher = new ServiceLauncher(REPO.resolve("e2e/target/e2e-run"));
        ingestPort = FreePorts.pick();
        renderPort = FreePorts.pick();
        modelingPort = FreePorts.pick();
        List<Integer> ports = List.of(ingestPort, modelingPort, renderPort);
        Instant start = Instant.now();
        services = launcher.launchAll(List.of(
                patient(ServiceSpec.quarkus(SERVICES.get(0), appDir(SERVICES.get(0)), ports.get(0), config)),
                patient(ServiceSpec.quarkus(SERVICES.get(1), appDir(SERVICES.get(1)), ports.get(1), config)),
                patient(ServiceSpec.quarkus(SERVICES.get(2), appDir(SERVICES.get(2)), ports.get(2), config))));
        timeToAllHealthy = Duration.between(start, Instant.now());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "e2e-services-shutdown"));
    }

    /** Three JVMs starting at once beside other builds on two cores: a start may take minutes (figures in README). */
    private static ServiceSpec patient(ServiceSpec spec) {
        return new ServiceSpec(spec.name(), spec.command(), spec.environment(), spec.readiness(), Duration.ofSeconds(300));
    }

    private static OtlpReceiver startReceiver() {
        try {
            return new OtlpReceiver();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the OTLP receiver", e);
        }
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

    String modelingUrl() {
        return "http://127.0.0.1:" + modelingPort;
    }

    String renderUrl() {
        return "http://127.0.0.1:" + renderPort;
    }
}

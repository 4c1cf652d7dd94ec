package dev.schemawright.e2e.reliability;

import dev.schemawright.platform.FreePorts;
import dev.schemawright.platform.LaunchedService;
import dev.schemawright.platform.LocalS3;
import dev.schemawright.platform.ServiceLauncher;
import dev.schemawright.platform.ServiceSpec;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All five processes of the platform as child processes, as {@code ./schemawright up} runs them (Kafka and S3 on data
 * folders, so a killed one comes back on the same data): what the reliability tests kill -9, restart and freeze.
 */
final class ProcessPlatform implements AutoCloseable {
    static final Path REPO = Path.of(System.getProperty("schemawright.repo", "..")).toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("ingest-service", "modeling-service", "render-service");
    static final Duration START = Duration.ofMinutes(5);

    final ServiceLauncher launcher;
    final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    final Map<String, Long> pids = new LinkedHashMap<>();
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final ObjectStore store;
    final String bootstrap;

    ProcessPlatform(String name, Map<String, String> extraConfig) {
        Path dir = REPO.resolve("e2e/target/" + name);
        deleteTree(dir);
        launcher = new ServiceLauncher(dir.resolve("run"));
        int kafka = FreePorts.pick();
        int s3 = FreePorts.pick();
        bootstrap = "127.0.0.1:" + kafka;
        // a shared, busy machine starts JVMs slowly: wait longer than up's default before calling a start failed
        specs.put("kafka", ServiceSpec.localKafka(kafka, dir.resolve("data/kafka")).withStartTimeout(START));
        specs.put("s3", ServiceSpec.localS3(s3, dir.resolve("data/s3")).withStartTimeout(START));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", bootstrap);
        config.put("schemawright.storage.endpoint", "http://127.0.0.1:" + s3);
        config.put("schemawright.storage.bucket", LocalS3.DEFAULT_BUCKET);
        config.put("schemawright.storage.access-key", LocalS3.DEFAULT_ACCESS_KEY);
        config.put("schemawright.storage.secret-key", LocalS3.DEFAULT_SECRET_KEY);
        config.put("schemawright.storage.path-style", "true");
        config.putAll(extraConfig);
        for (String service : SERVICES) {
            int port = FreePorts.pick();
            ports.put(service, port);
            specs.put(service, ServiceSpec.quarkus(service, appDir(service), port, config).withStartTimeout(START));
        }
        launcher.launchAll(List.copyOf(specs.values())).forEach(this::remember);
        store = new ObjectStore(StorageConfig.from(k -> Optional.ofNullable(config.get(k))));
    }

    static Path appDir(String service) {
        return Path.of(System.getProperty("e2e." + service + ".app", REPO.resolve(service).resolve("target/quarkus-app").toString()));
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void remember(LaunchedService s) {
        pids.put(s.name(), s.pid());
    }

    /** kill -9: no shutdown hook, no leaving the consumer group, nothing flushed. */
    void kill9(String name) {
        ProcessHandle.of(pids.get(name)).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    /** Started again with the same command, ports and data; returns the time until it was ready. */
    Duration start(String name) {
        LaunchedService s = launcher.launch(specs.get(name));
        remember(s);
        return s.timeToReady();
    }

    /** SIGTERM and how long the process took to exit (SIGKILL after 30 s). */
    Duration terminate(String name) {
        long begin = System.nanoTime();
        ProcessHandle.of(pids.get(name)).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
                p.onExit().join();
            }
        });
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** SIGSTOP / SIGCONT: the process keeps its sockets open but answers nothing, as an unreachable server does. */
    void freeze(String name) {
        signal("-STOP", name);
    }

    void thaw(String name) {
        signal("-CONT", name);
    }

    private void signal(String signal, String name) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(pids.get(name))).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Path log(String name) {
        return launcher.runDir().resolve("logs").resolve(name + ".log");
    }

    @Override
    public void close() {
        for (String name : pids.keySet()) {
            try {
                thaw(name);
            } catch (RuntimeException e) {
                // not running any more: nothing to thaw
            }
        }
        launcher.stopAll();
        store.close();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI uri(String url) {
        return URI.create(url);
    }
}

package dev.schemawright.cli.platform;

import dev.schemawright.cli.UserError;
import java.io.IOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@code up} finds what it starts (the built jars of the repository) and where it keeps its state: one folder,
 * {@code .schemawright/} at the repository root, holding {@code data/} (Kafka log, S3 objects), {@code logs/} and one
 * pid file per process.
 */
public record PlatformLayout(Path repository) {
    public static final List<String> SERVICES = List.of("ingest-service", "modeling-service", "render-service");

    /** The repository root: {@code -Dschemawright.home} (set by ./schemawright), else the working directory. */
    public static PlatformLayout current() {
        String home = System.getProperty("schemawright.home");
        return new PlatformLayout(Path.of(home != null ? home : "").toAbsolutePath().normalize());
    }

    public Path stateDir() {
        return repository.resolve(".schemawright");
    }

    public Path dataDir() {
        return stateDir().resolve("data");
    }

    public Path logsDir() {
        return stateDir().resolve("logs");
    }

    public Path quarkusApp(String service) {
        Path app = repository.resolve(service).resolve("target").resolve("quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw notBuilt(service, app.resolve("quarkus-run.jar"));
        }
        return app;
    }

    /** The module jar plus target/lib of local-platform: the classpath of the LocalKafka and LocalS3 processes. */
    public String localPlatformClasspath() {
        Path target = repository.resolve("local-platform").resolve("target");
        Path lib = target.resolve("lib");
        try (Stream<Path> jars = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
            Path jar = jars.filter(p -> p.getFileName().toString().matches("local-platform-[^/]*\\.jar"))
                    .filter(p -> !p.getFileName().toString().matches(".*-(sources|tests|javadoc)\\.jar")).findFirst()
                    .orElseThrow(() -> notBuilt("local-platform", target.resolve("local-platform-*.jar")));
            if (!Files.isDirectory(lib)) {
                throw notBuilt("local-platform", lib);
            }
            return jar + File.pathSeparator + lib.resolve("*");
        } catch (IOException e) {
            throw UserError.failed("cannot read " + target + ": " + e.getMessage());
        }
    }

    private static UserError notBuilt(String module, Path missing) {
        return UserError.failed(module + " is not built (" + missing + " is missing): run ./schemawright up, which builds it,"
                + " or ./mvnw -DskipTests install -pl " + module + " -am");
    }
}

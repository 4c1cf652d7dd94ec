package dev.schemawright.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to start one child process and how to tell it is ready: an HTTP URL answering 200 (Quarkus
 * {@code /q/health/ready}) or a line on its output starting with a prefix (the {@code READY} line of LocalKafka and
 * LocalS3).
 */
public record ServiceSpec(String name, List<String> command, Map<String, String> environment, Readiness readiness,
                          Duration startTimeout) {
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
    /** Small heaps and the serial collector: up to five JVMs share two cores. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx768m", "-XX:+UseSerialGC");

    public ServiceSpec {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("bad service name " + name);
        }
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    public sealed interface Readiness permits HttpOk, OutputLine {
    }

    /** Ready when GET {@code url} answers 200. */
    public record HttpOk(URI url) implements Readiness {
    }

    /** Ready when the process prints a line starting with {@code prefix}. */
    public record OutputLine(String prefix) implements Readiness {
    }

    /**
     * A Quarkus fast-jar app ({@code <module>/target/quarkus-app}), its HTTP port and configuration passed as
     * {@code -D} system properties (Quarkus reads them before application.properties).
     */
    public static ServiceSpec quarkus(String name, Path quarkusAppDir, int httpPort, Map<String, String> config) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(DEFAULT_JVM_OPTIONS);
        new TreeMap<>(config).forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-jar");
        command.add(quarkusAppDir.resolve("quarkus-run.jar").toAbsolutePath().toString());
        return new ServiceSpec(name, command, Map.of(), new HttpOk(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready")),
                DEFAULT_START_TIMEOUT);
    }

    /** A Java main on a classpath, ready when it prints {@code readyPrefix}. */
    public static ServiceSpec javaMain(String name, String classpath, String mainClass, List<String> args, String readyPrefix) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(DEFAULT_JVM_OPTIONS);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return new ServiceSpec(name, command, Map.of(), new OutputLine(readyPrefix), DEFAULT_START_TIMEOUT);
    }

    /** LocalKafka as a process, on this JVM's classpath (which must hold local-platform and its dependencies). */
    public static ServiceSpec localKafka(int port, Path dataDir) {
        return javaMain("kafka", System.getProperty("java.class.path"), LocalKafka.class.getName(),
                List.of("--port", Integer.toString(port), "--data-dir", dataDir.toAbsolutePath().toString()), LocalKafka.READY_PREFIX);
    }

    /** LocalS3 as a process (filesystem store under {@code dataDir}), on this JVM's classpath. */
    public static ServiceSpec localS3(int port, Path dataDir) {
        return javaMain("s3", System.getProperty("java.class.path"), LocalS3.class.getName(),
                List.of("--port", Integer.toString(port), "--data-dir", dataDir.toAbsolutePath().toString()), LocalS3.READY_PREFIX);
    }

    public ServiceSpec withClasspath(String classpath) {
        List<String> changed = new ArrayList<>(command);
        int cp = changed.indexOf("-cp");
        if (cp < 0) {
            throw new IllegalStateException(name + " is not started from a classpath");
        }
        changed.set(cp + 1, classpath);
        return new ServiceSpec(name, changed, environment, readiness, startTimeout);
    }

    public ServiceSpec withStartTimeout(Duration timeout) {
        return new ServiceSpec(name, command, environment, readiness, timeout);
    }

    public ServiceSpec withEnvironment(Map<String, String> env) {
        return new ServiceSpec(name, command, env, readiness, startTimeout);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package dev.schemawright.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the stand-alone mains share: {@code --name value} arguments (unknown names are an error, not ignored), data
 * directories, and serving until SIGTERM.
 */
final class CommandLine {
    private final Map<String, String> values = new HashMap<>();

    CommandLine(String[] args, String usage, String... known) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length || !java.util.List.of(known).contains(name.substring(2))) {
                throw new IllegalArgumentException("bad argument '" + name + "'\nusage: " + usage);
            }
            values.put(name.substring(2), args[++i]);
        }
    }

    int intValue(String name, int fallback) {
        return Optional.ofNullable(values.get(name)).map(Integer::parseInt).orElse(fallback);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    Optional<Path> path(String name) {
        return Optional.ofNullable(values.get(name)).map(Path::of);
    }

    static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Prints the READY line the launcher waits for, then blocks until SIGTERM/SIGINT has closed the server. */
    static void serveUntilTerminated(AutoCloseable server, String readyLine) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "shutdown"));
        System.out.println(readyLine);
        System.out.flush();
        stopped.await();
    }
}

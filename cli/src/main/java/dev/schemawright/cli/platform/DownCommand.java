package dev.schemawright.cli.platform;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code down}: stops what {@code up} started, by recorded pid (SIGTERM, then SIGKILL after a grace period). */
@Command(name = "down", description = {"Stop every process the local platform started (by recorded pid; graceful, then forced).",
        "Safe to run when nothing is running. Data in .schemawright/data is kept unless --purge."})
public final class DownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--purge", description = "Also delete .schemawright/data (Kafka log and stored objects).")
    boolean purge;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlatformLayout layout = PlatformLayout.current();
        List<String> stopped = new PlatformStarter(layout, LocalPorts.DEFAULT).down();
        out.println(stopped.isEmpty() ? "nothing was running" : "stopped " + String.join(", ", stopped));
        if (purge) {
            deleteTree(layout.dataDir());
            out.println("deleted " + layout.dataDir());
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw UserError.failed("cannot delete " + dir + ": " + e.getMessage());
        }
    }
}

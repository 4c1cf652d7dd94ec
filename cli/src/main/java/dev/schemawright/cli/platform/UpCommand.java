package dev.schemawright.cli.platform;

import dev.schemawright.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code up}: Kafka, S3 and the three services as background processes; returns once every one is ready. */
@Command(name = "up", description = {"Start the local platform in the background: a KRaft Kafka broker, an S3 server (S3Proxy)",
        "and the three services; wait until all are healthy and print their URLs.",
        "State (data/, logs/, pid files) lives in .schemawright/ at the repository root."})
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlatformStarter platform = PlatformStarter.local();
        platform.ensureUp(out);
        platform.printUrls(out);
        return ExitCodes.OK;
    }
}

package dev.schemawright.cli.submit;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.design.DocumentFolder;
import dev.schemawright.cli.keys.KeysCommand;
import dev.schemawright.cli.platform.PlatformStarter;
import dev.schemawright.contracts.tenant.Tenants;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demo DIR}: up, submit, down in one command: the whole event-driven path on the embedded platform. */
@Command(name = "demo", sortOptions = false,
        description = {"Run one project through the real pipeline: start the local platform (Kafka, S3, three services)",
                "unless it runs, submit DIR, download the artifacts, and stop what this command started."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = {"-p", "--project"}, paramLabel = "ID", description = "Project id. Default: the folder name.")
    String project;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Output folder. Default: out/<project>.")
    Path out;

    @Option(names = "--keep-running", description = "Leave the platform running afterwards (stop it with ./schemawright down).")
    boolean keepRunning;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw UserError.usage(dir + " is not a folder");
        }
        String projectId = DocumentFolder.projectId(dir, project);
        PrintWriter console = spec.commandLine().getOut();
        PlatformStarter platform = PlatformStarter.local();
        boolean started = platform.ensureUp(console);
        try {
            // a key of its own unless one is given: the README's one command works on a fresh platform
            String key = System.getenv(SubmitCommand.API_KEY_VARIABLE);
            if (key == null || key.isBlank()) {
                key = KeysCommand.create(Tenants.DEFAULT, false, "demo");
                console.println("made an API key for tenant " + Tenants.DEFAULT + " (label demo)");
            }
            SubmitCommand.submit(console, SubmitCommand.serverUri(platform.ports().ingestUrl()), key.strip(), projectId, dir,
                    out != null ? out : Path.of("out", projectId), Duration.ofSeconds(180));
        } finally {
            if (started && !keepRunning) {
                List<String> stopped = platform.down();
                console.println("stopped " + String.join(", ", stopped));
            }
        }
        return ExitCodes.OK;
    }
}

package dev.schemawright.cli.submit;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.design.DocumentFolder;
import dev.schemawright.contracts.requirement.InputDocument;
import java.io.PrintWriter;
import java.net.URI;
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

/** {@code submit DIR}: the service path for one project folder (what {@code design DIR} does in-process). */
@Command(name = "submit", sortOptions = false,
        description = {"Upload a project folder to a running ingest-service, wait until the run is published,",
                "and download every artifact. Every regular, non-hidden file in DIR is a document."},
        footer = {"", "Example:", "  ./schemawright up && ./schemawright submit corpus/dev/some-project --out out/some-project"})
public final class SubmitCommand implements Callable<Integer> {
    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = {"-s", "--server"}, paramLabel = "URL",
            description = "ingest-service base URL. Default: $SCHEMAWRIGHT_SERVER or " + DEFAULT_SERVER + ".")
    String server;

    @Option(names = {"-p", "--project"}, paramLabel = "ID", description = "Project id. Default: the folder name.")
    String project;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Output folder. Default: out/<project>.")
    Path out;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for the run to be published. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw UserError.usage(dir + " is not a folder");
        }
        if (timeoutSeconds < 1) {
            throw UserError.usage("--timeout must be at least 1 second");
        }
        String projectId = DocumentFolder.projectId(dir, project);
        submit(spec.commandLine().getOut(), serverUri(server), projectId, dir, out != null ? out : Path.of("out", projectId),
                Duration.ofSeconds(timeoutSeconds));
        return ExitCodes.OK;
    }

    static void submit(PrintWriter out, URI server, String projectId, Path dir, Path target, Duration timeout) {
        List<InputDocument> documents = DocumentFolder.read(dir);
        if (documents.isEmpty()) {
            throw UserError.failed("no input documents in " + dir + " (every regular, non-hidden file in the folder is one)");
        }
        RunSubmitter.Published run = new RunSubmitter(server).submit(projectId, documents, target, timeout, out);
        out.printf("published in %.2f s: %d files -> %s%n", run.uploadToReady().toMillis() / 1000.0, run.files().size(), target);
    }

    static URI serverUri(String option) {
        String value = option != null ? option : System.getenv().getOrDefault("SCHEMAWRIGHT_SERVER", DEFAULT_SERVER);
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw UserError.usage("--server '" + value + "' is not an http(s) URL like " + DEFAULT_SERVER);
        }
    }
}

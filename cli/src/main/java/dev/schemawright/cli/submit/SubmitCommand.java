package dev.schemawright.cli.submit;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.console.JsonOutput;
import dev.schemawright.cli.design.DocumentFolder;
import dev.schemawright.contracts.requirement.InputDocument;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code submit DIR} / {@code submit --batch ROOT}: the service path (what {@code design} does in-process). */
@Command(name = "submit", sortOptions = false,
        description = {"Upload a project folder to a running ingest-service, wait until the run is published,",
                "and download every artifact. Every regular, non-hidden file in DIR is a document.",
                "With --batch, every subfolder of DIR is a project: all go up in one archive (POST /v1/batches).",
                "The API key is read from SCHEMAWRIGHT_API_KEY (./schemawright keys create TENANT prints one)."},
        footer = {"", "Examples:",
                "  ./schemawright up && ./schemawright submit corpus/dev/some-project --out out/some-project",
                "  ./schemawright submit --batch corpus/dev --out /tmp/designs --json"})
public final class SubmitCommand implements Callable<Integer> {
    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";
    public static final String API_KEY_VARIABLE = "SCHEMAWRIGHT_API_KEY";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder, or with --batch a folder of project folders.")
    Path dir;

    @Option(names = "--batch", description = "DIR holds one subfolder per project; each is written to OUT/<subfolder>/.")
    boolean batch;

    @Option(names = {"-s", "--server"}, paramLabel = "URL",
            description = "ingest-service base URL. Default: $SCHEMAWRIGHT_SERVER or " + DEFAULT_SERVER + ".")
    String server;

    @Option(names = {"-p", "--project"}, paramLabel = "ID", description = "Project id (one project only). Default: the folder name.")
    String project;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Output folder. Default: out/<project>, or out/ with --batch.")
    Path out;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for the run (or the whole batch) to be published. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--json", description = "Print one JSON document (run id, status, files; per project with --batch) instead of lines.")
    boolean json;

    /** What {@code submit --json} prints for one project. */
    public record SubmitReport(String project, String runId, String status, boolean created, long uploadToPublishedMillis, String out,
                               List<String> files) {
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw UserError.usage(dir + " is not a folder");
        }
        if (timeoutSeconds < 1) {
            throw UserError.usage("--timeout must be at least 1 second");
        }
        PrintWriter console = json ? new PrintWriter(OutputStream.nullOutputStream()) : spec.commandLine().getOut();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        if (batch) {
            if (project != null) {
                throw UserError.usage("--project applies to one project; with --batch each folder name is its project id");
            }
            Path target = out != null ? out : Path.of("out");
            BatchSubmitter.BatchResult result = new BatchSubmitter(serverUri(server), apiKey(System.getenv())).submit(dir, target, timeout, console,
                    json ? console : spec.commandLine().getErr(), spec.commandLine().getErr());
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), result);
            } else {
                (result.failed() == 0 ? console : spec.commandLine().getErr()).printf("%d projects: %d published, %d failed (%d ms) -> %s%n",
                        result.projects(), result.published(), result.failed(), result.millis(), target);
            }
            return result.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        }
        String projectId = DocumentFolder.projectId(dir, project);
        Path target = out != null ? out : Path.of("out", projectId);
        RunSubmitter.Published run = submit(console, serverUri(server), null, projectId, dir, target, timeout);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), new SubmitReport(projectId, run.runId(), "published", run.created(),
                    run.uploadToReady().toMillis(), target.toString(), run.files()));
        }
        return ExitCodes.OK;
    }

    /** SCHEMAWRIGHT_API_KEY: keys never go on a command line, where other users of the machine could read them. */
    public static String apiKey(Map<String, String> environment) {
        String key = environment.get(API_KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw UserError.usage(API_KEY_VARIABLE + " is not set: every route needs an API key; make one with"
                    + " ./schemawright keys create TENANT and export " + API_KEY_VARIABLE + "=<key>");
        }
        return key.strip();
    }

    /** {@code apiKey} null: the one in SCHEMAWRIGHT_API_KEY (checked once the folder is known to hold documents). */
    static RunSubmitter.Published submit(PrintWriter out, URI server, String apiKey, String projectId, Path dir, Path target,
                                         Duration timeout) {
        List<InputDocument> documents = DocumentFolder.read(dir);
        if (documents.isEmpty()) {
            throw UserError.failed("no input documents in " + dir + " (every regular, non-hidden file in the folder is one)");
        }
        String key = apiKey != null ? apiKey : apiKey(System.getenv());
        RunSubmitter.Published run = new RunSubmitter(server, key).submit(projectId, documents, target, timeout, out);
        out.printf("published in %.2f s: %d files -> %s%n", run.uploadToReady().toMillis() / 1000.0, run.files().size(), target);
        return run;
    }

    public static URI serverUri(String option) {
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

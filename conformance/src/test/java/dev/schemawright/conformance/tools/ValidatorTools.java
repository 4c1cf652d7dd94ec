package dev.schemawright.conformance.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The external validators of tools/validators, one shared session per tool for the whole test JVM. Missing tools fail
 * the test (never skip): CI installs them with install.sh, and a silently skipped validator proves nothing.
 */
public final class ValidatorTools {
    public static final String INSTALL_HINT = "Run `bash tools/validators/install.sh` (installs python3-sqlmodel, current SQLModel from Debian 13 and the pinned npm packages).";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatorSession prisma;
    private static ValidatorSession mermaid;
    private static ValidatorSession sqlmodel;
    private static ValidatorSession sqlmodelCurrent;

    private ValidatorTools() {
    }

    /** Prisma's schema engine (wasm): validate + DMMF. */
    public static synchronized ValidatorSession prisma() {
        if (prisma == null) {
            requireNodePackages("@prisma/prisma-schema-wasm");
            prisma = register(new ValidatorSession("prisma-validate", node("prisma-validate.mjs", "--json", "--dmmf", "--serve"),
                    RepositoryLayout.validators(), TIMEOUT));
        }
        return prisma;
    }

    /** Mermaid's parser under jsdom; every diagram must be an erDiagram unless the file is markdown. */
    public static synchronized ValidatorSession mermaid() {
        if (mermaid == null) {
            requireNodePackages("mermaid", "jsdom");
            mermaid = register(new ValidatorSession("mermaid-parse", node("mermaid-parse.mjs", "--json", "--serve"),
                    RepositoryLayout.validators(), TIMEOUT));
        }
        return mermaid;
    }

    /** Debian's SQLModel under /usr/bin/python3: import, configure mappers, create all tables in SQLite. */
    public static synchronized ValidatorSession sqlmodel() {
        if (sqlmodel == null) {
            requireSqlModel();
            Path script = RepositoryLayout.validators().resolve("sqlmodel_check.py");
            sqlmodel = register(new ValidatorSession("sqlmodel-check", List.of(PYTHON, "-u", script.toString(), "--json", "--serve"),
                    RepositoryLayout.validators(), TIMEOUT));
        }
        return sqlmodel;
    }

    /** Current SQLModel (pydantic 2, SQLAlchemy 2): Debian 13's, in the root install.sh builds, run by python-current. */
    public static synchronized ValidatorSession sqlmodelCurrent() {
        if (sqlmodelCurrent == null) {
            Path runner = RepositoryLayout.validators().resolve("python-current");
            requirePython(List.of(runner.toString()));
            Path script = RepositoryLayout.validators().resolve("sqlmodel_check.py");
            sqlmodelCurrent = register(new ValidatorSession("sqlmodel-check (current)", List.of(runner.toString(), "-u", script.toString(), "--json", "--serve"),
                    RepositoryLayout.validators(), TIMEOUT));
        }
        return sqlmodelCurrent;
    }

    /**
     * The AsyncAPI initiative's parser (@asyncapi/parser, with $refs resolved relative to the document): one JSON verdict
     * ({file, ok, version, channels, messages, errors}) per document. One process per call: a few documents per run.
     */
    public static List<JsonNode> asyncapi(Path... documents) {
        requireNodePackages("@asyncapi/parser");
        List<String> cmd = node("asyncapi-validate.mjs", "--json");
        for (Path d : documents) {
            cmd.add(d.toAbsolutePath().toString());
        }
        try {
            Process p = new ProcessBuilder(cmd).directory(RepositoryLayout.validators().toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("asyncapi-validate.mjs did not finish in " + TIMEOUT);
            }
            List<JsonNode> verdicts = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    verdicts.add(JSON.readTree(line));
                }
            }
            if (verdicts.size() != documents.length) {
                throw new AssertionError("asyncapi-validate.mjs answered " + verdicts.size() + " of " + documents.length
                        + " documents (exit " + p.exitValue() + "): " + out);
            }
            return verdicts;
        } catch (IOException e) {
            throw new AssertionError("cannot run node: " + e.getMessage() + ". " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<String> node(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("node", RepositoryLayout.validators().resolve(script).toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static ValidatorSession register(ValidatorSession s) {
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        return s;
    }

    static void requireNodePackages(String... packages) {
        Path modules = RepositoryLayout.validators().resolve("node_modules");
        for (String p : packages) {
            if (!Files.isDirectory(modules.resolve(p))) {
                throw new AssertionError("npm package " + p + " is not installed in " + modules + ". " + INSTALL_HINT);
            }
        }
    }

    static void requireSqlModel() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError(PYTHON + " is missing. " + INSTALL_HINT);
        }
        requirePython(List.of(PYTHON));
    }

    private static void requirePython(List<String> python) {
        try {
            List<String> cmd = new ArrayList<>(python);
            cmd.addAll(List.of("-c", "import sqlmodel"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("SQLModel is not importable by " + String.join(" ", python) + ": " + out.strip() + ". " + INSTALL_HINT);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", python) + ": " + e.getMessage() + ". " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

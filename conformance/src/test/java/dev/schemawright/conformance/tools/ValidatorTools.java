package dev.schemawright.conformance.tools;

import java.io.IOException;
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
    public static final String INSTALL_HINT = "Run `bash tools/validators/install.sh` (installs python3-sqlmodel and the pinned npm packages).";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PYTHON = "/usr/bin/python3";

    private static ValidatorSession prisma;
    private static ValidatorSession mermaid;
    private static ValidatorSession sqlmodel;

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
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import sqlmodel").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("SQLModel is not importable by " + PYTHON + ": " + out.strip() + ". " + INSTALL_HINT);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + PYTHON + ": " + e.getMessage() + ". " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

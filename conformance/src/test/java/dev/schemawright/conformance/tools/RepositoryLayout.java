package dev.schemawright.conformance.tools;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's shared inputs live, found from the build (surefire sets schemawright.repo) or the working dir. */
public final class RepositoryLayout {
    private RepositoryLayout() {
    }

    public static Path root() {
        String configured = System.getProperty("schemawright.repo");
        if (configured != null && Files.isDirectory(Path.of(configured, "tools", "validators"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tools/validators")) && Files.isDirectory(p.resolve("corpus"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with tools/validators and corpus) above "
                + Path.of("").toAbsolutePath());
    }

    public static Path validators() {
        return root().resolve("tools/validators");
    }

    public static Path devCorpus() {
        return root().resolve("corpus/dev");
    }

    /**
     * The Polish evaluation projects (16 real PRDs, inputs beside their reference plans) where they sit beside the
     * repository: {@code SCHEMAWRIGHT_EVAL_DEV_PL}, else {@code ../shared/eval/dev-pl}; null when neither is there. Their
     * documents stay outside the repository (their sources state no license); tests read only the input documents.
     */
    public static Path polishEvalCorpus() {
        String configured = System.getenv("SCHEMAWRIGHT_EVAL_DEV_PL");
        Path p = configured != null ? Path.of(configured) : root().resolve("../shared/eval/dev-pl").normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** Small projects written for the test suite, one per way a team states its schema (see corpus/README.md). */
    public static Path exampleCorpus() {
        return root().resolve("corpus/examples");
    }

    /** corpus/versions: projects designed twice (v1, then v2 with the answers to v1's questions). */
    public static Path versionsCorpus() {
        return root().resolve("corpus/versions");
    }
}

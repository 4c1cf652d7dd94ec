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

    /** Small projects written for the test suite, one per way a team states its schema (see corpus/README.md). */
    public static Path exampleCorpus() {
        return root().resolve("corpus/examples");
    }
}

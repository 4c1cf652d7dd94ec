package dev.schemawright.cli.bench;

import dev.schemawright.cli.UserError;
import dev.schemawright.cli.design.BatchDesign;
import dev.schemawright.cli.design.DocumentFolder;
import dev.schemawright.contracts.requirement.InputDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * N distinct projects made from a corpus: project {@code i} is corpus folder {@code i mod size} with its own id
 * ({@code PREFIX-0007}) and one line of its own appended to its first Markdown or text document, so every project has
 * a different run id (content hash) and no run of a previous bench or of another project is reused.
 */
public final class BenchProjects {
    private BenchProjects() {
    }

    /** One generated project: its id, the corpus folder it came from, its documents. */
    public record Project(String projectId, String source, List<InputDocument> documents) {
        public long bytes() {
            return documents.stream().mapToLong(InputDocument::size).sum();
        }
    }

    /** The corpus' documents, read once; generation then costs no file reads. */
    public record Corpus(List<String> names, List<List<InputDocument>> documents) {
        public static Corpus read(Path root) {
            List<Path> folders = BatchDesign.projectFolders(root);
            if (folders.isEmpty()) {
                throw UserError.failed("no project folders in " + root);
            }
            List<String> names = new ArrayList<>();
            List<List<InputDocument>> documents = new ArrayList<>();
            for (Path folder : folders) {
                names.add(folder.getFileName().toString());
                documents.add(DocumentFolder.read(folder));
            }
            return new Corpus(names, documents);
        }

        public int size() {
            return names.size();
        }
    }

    /** {@code count} projects {@code prefix-0000 ... }, cycling through the corpus; {@code salt} makes this set's content unique. */
    public static List<Project> generate(Corpus corpus, String prefix, String salt, int count) {
        List<Project> projects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int source = i % corpus.size();
            String id = String.format("%s-%04d", prefix, i);
            projects.add(new Project(id, corpus.names().get(source), distinct(corpus.documents().get(source), salt + " " + id)));
        }
        return projects;
    }

    /** The documents with a marker line appended to the first text document (an HTML comment: Markdown does not show it). */
    static List<InputDocument> distinct(List<InputDocument> documents, String marker) {
        List<InputDocument> out = new ArrayList<>(documents.size());
        boolean marked = false;
        for (InputDocument doc : documents) {
            String name = doc.name().toLowerCase(java.util.Locale.ROOT);
            if (!marked && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
                byte[] suffix = ("\n\n<!-- schemawright bench " + marker + " -->\n").getBytes(StandardCharsets.UTF_8);
                byte[] content = new byte[doc.content().length + suffix.length];
                System.arraycopy(doc.content(), 0, content, 0, doc.content().length);
                System.arraycopy(suffix, 0, content, doc.content().length, suffix.length);
                out.add(new InputDocument(doc.name(), doc.role(), content));
                marked = true;
            } else {
                out.add(doc);
            }
        }
        if (!marked) {
            throw UserError.failed("a corpus project has no Markdown or text document to make distinct: "
                    + documents.stream().map(InputDocument::name).toList());
        }
        return out;
    }
}

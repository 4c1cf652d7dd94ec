package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.explain.Questions;
import dev.schemawright.modeling.intake.StatementReader;
import dev.schemawright.modeling.read.DesignCues;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the documents is promised, over every project at hand: corpus/dev, corpus/examples and, where the
 * evaluation set sits beside the repository, ../shared/eval/check (inputs only). No entity without a purpose; no
 * paragraph of the design rationale that reads the same in two projects; a question for every table with no field of its
 * own; models.py without an sa_column where Field can say it; every sentence about who else sees data answered by an
 * access path or a question.
 */
class DesignDocumentsTest {
    private static final List<String> INPUTS = List.of("prd.md", "tech-stack.md", "db-planning-notes.md");
    private static final Set<String> CONVENTIONS = Set.of("id", "created_at", "updated_at", "deleted_at", "created_by", "updated_by", "user_id");
    private static final Map<String, Project> projects = new TreeMap<>();

    record Project(SchemaModel model, List<Requirement> requirements, String design, String modelsPy) {
    }

    @BeforeAll
    static void designEverything() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(RepositoryLayout.devCorpus(), RepositoryLayout.exampleCorpus()));
        String checkDir = System.getenv("SCHEMAWRIGHT_EVAL_CHECK");
        Path check = checkDir != null ? Path.of(checkDir) : RepositoryLayout.root().resolve("../shared/eval/check").normalize();
        if (Files.isDirectory(check)) {
            roots.add(check);
        }
        Ingestor ingestor = new Ingestor();
        SchemaDesigner designer = new SchemaDesigner();
        ArtifactRenderer renderer = new ArtifactRenderer();
        for (Path root : roots) {
            try (Stream<Path> s = Files.list(root)) {
                for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                    List<InputDocument> docs = new ArrayList<>();
                    for (Path f : CorpusConformanceTest.documents(p).stream().map(d -> p.resolve(d.name())).toList()) {
                        // the evaluation set keeps its reference plans beside the inputs: only what a user would upload
                        if (!root.equals(check) || INPUTS.contains(f.getFileName().toString())) {
                            docs.add(new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f)));
                        }
                    }
                    List<Requirement> reqs = ingestor.ingest(docs).requirements();
                    // a generous budget: these are documents, not an attack, and a loaded machine must not fail the class
                    SchemaModel m = designer.design(p.getFileName().toString(), reqs, java.time.Duration.ofMinutes(2));
                    List<Artifact> artifacts = renderer.renderAll(m);
                    projects.put(root.getFileName() + "/" + p.getFileName(), new Project(m, reqs, text(artifacts, "design.md"), text(artifacts, "models.py")));
                }
            }
        }
        assertThat(projects).hasSizeGreaterThan(20);
    }

    private static String text(List<Artifact> artifacts, String name) {
        return artifacts.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().text();
    }

    @Test
    void everyEntityStatesItsPurpose() {
        projects.forEach((name, p) -> {
            String entities = section(p.design(), "### Entities", "### Relationships");
            for (String row : entities.lines().filter(l -> l.startsWith("| `")).toList()) {
                String[] cells = row.split(" \\| ");
                assertThat(cells[2].strip()).as(name + ": " + row).isNotEmpty().isNotEqualTo("Not stated in the documents.");
            }
        });
    }

    /**
     * The summary's bullets, the key decisions and the indexing strategy: the paragraphs that argue for this design. The
     * assumptions restate open questions (two recipe apps both assume an ingredient has one recipe) and the
     * normalization trail quotes the documents' own cue; both are checked elsewhere.
     */
    @Test
    void noRationaleParagraphReadsTheSameInTwoProjects() {
        Map<String, Set<String>> seen = new TreeMap<>();
        projects.forEach((name, p) -> {
            String rationale = section(p.design(), "- **On SQLite with SQLModel.**", "\n## ") + section(p.design(), "### Key decisions", "\n### ")
                    + section(p.design(), "### Indexing strategy for SQLite", "\n#");
            rationale.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.endsWith(":") && !l.startsWith("- “"))
                    .forEach(l -> seen.computeIfAbsent(l, k -> new HashSet<>()).add(name));
        });
        Map<String, Set<String>> repeated = new TreeMap<>();
        seen.forEach((line, where) -> {
            if (where.size() > 1) {
                repeated.put(line, where);
            }
        });
        assertThat(repeated).as("rationale lines that read the same in several projects").isEmpty();
    }

    /**
     * Issue #12's "an entity must be a thing": every table of every design is a join table, the users table, a table the
     * documents name as an identifier ("medication_schedules", `decks`), or a name that lang/en's word classes accept as a
     * thing (no verb, UI, process, document or stack word).
     */
    @Test
    void everyTableNamesAThing() {
        projects.forEach((name, p) -> {
            String said = p.requirements().stream().map(r -> r.text().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining("\n"));
            for (Table t : p.model().tables()) {
                String one = dev.schemawright.modeling.lang.Inflection.singular(t.name());
                String n = java.util.regex.Pattern.quote(t.name());
                // an identifier the documents write: snake_case anywhere, or a plain name as code writes it ("Table signups {")
                boolean stated = t.name().contains("_") && said.matches("(?s).*(?<![a-z0-9_])(" + n + "|" + java.util.regex.Pattern.quote(one) + ")(?![a-z0-9_]).*")
                        || said.matches("(?s).*((?:table|model|entity)\\s+`?" + n + "|`" + n + "`|(?<![a-z0-9_])" + n + "\\s*[({]).*");
                boolean users = t.name().equals("users") || t.name().equals("profiles");
                assertThat(t.kind() == TableKind.JOIN || users || stated || dev.schemawright.modeling.domain.Things.isThing(one))
                        .as(name + ": table " + t.name() + " names no thing").isTrue();
            }
        });
    }

    @Test
    void aTableWithNoFieldOfItsOwnRaisesAQuestion() {
        projects.forEach((name, p) -> {
            for (Table t : p.model().tables()) {
                if (t.kind() == TableKind.JOIN || t.description().startsWith("Application users")) {
                    continue;
                }
                Set<String> refs = new HashSet<>();
                t.foreignKeys().stream().map(ForeignKey::columns).forEach(refs::addAll);
                boolean thin = t.columns().stream().allMatch(c -> t.primaryKey().contains(c.name()) || refs.contains(c.name()) || CONVENTIONS.contains(c.name()));
                if (thin) {
                    assertThat(p.model().openQuestions()).as(name + ": " + t.name() + " holds no field of its own").extracting(OpenQuestion::id)
                            .contains(Questions.FIELDS + Questions.key(t.name()));
                }
            }
        });
    }

    @Test
    void modelsPyUsesFieldWhereFieldCanSayIt() {
        projects.forEach((name, p) -> p.modelsPy().lines().filter(l -> l.contains("sa_column=")).forEach(l ->
                assertThat(l).as(name + ": an sa_column only for JSON, arrays and enums whose values are no Python names").containsAnyOf("sa.JSON(", "sa.Enum(")));
        projects.forEach((name, p) -> assertThat(p.modelsPy()).as(name).doesNotContain("comment="));
    }

    @Test
    void everySharingOrRoleSentenceHasAnAccessPathOrAQuestion() {
        projects.forEach((name, p) -> {
            Set<String> answered = new HashSet<>();
            p.model().decisions().stream().filter(d -> d.id().startsWith("decision-access-")).map(Decision::sources).forEach(answered::addAll);
            p.model().openQuestions().stream().filter(q -> q.id().startsWith(Questions.ACCESS)).map(OpenQuestion::sources).forEach(answered::addAll);
            boolean secured = p.model().tables().stream().anyMatch(Table::rlsEnabled);
            for (DesignCues.Cue c : DesignCues.read(new StatementReader().read(p.requirements())).of(DesignCues.Kind.SHARING)) {
                if (secured) {
                    assertThat(answered).as(name + ": “" + c.text() + "” (" + c.rule() + ")").contains(c.source());
                }
            }
        });
    }

    private static String section(String doc, String from, String to) {
        int start = doc.indexOf(from);
        int end = doc.indexOf(to, Math.max(start, 0) + from.length());
        return start < 0 ? "" : doc.substring(start, end < 0 ? doc.length() : end);
    }
}

package dev.schemawright.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.prisma.PrismaRenderer;
import dev.schemawright.render.sqlite.SqliteRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArtifactRendererTest {
    private final ArtifactRenderer renderer = new ArtifactRenderer();

    @Test
    void sameModelGivesByteIdenticalArtifactsAcrossCallsThreadsAndAJsonRoundTrip() throws Exception {
        for (SchemaModel model : TestModels.all()) {
            List<Artifact> first = renderer.renderAll(model);
            assertThat(renderer.renderAll(model)).isEqualTo(first);
            SchemaModel reread = JsonCodec.fromString(JsonCodec.toPrettyString(model), SchemaModel.class);
            assertThat(new ArtifactRenderer().renderAll(reread)).isEqualTo(first);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Artifact>>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> renderer.renderAll(model)));
                }
                for (Future<List<Artifact>> run : runs) {
                    assertThat(run.get()).isEqualTo(first);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void manifestComesLastAndDescribesEveryOtherArtifactWithoutTimestamps() {
        List<Artifact> all = renderer.renderAll(TestModels.supabaseStudy());
        Artifact manifest = all.get(all.size() - 1);
        assertThat(manifest.name()).isEqualTo("manifest.json");
        JsonNode entries = JsonCodec.mapper().valueToTree(JsonCodec.fromString(manifest.text(), java.util.Map.class)).get("artifacts");
        assertThat(entries).hasSize(all.size() - 1);
        for (int i = 0; i < all.size() - 1; i++) {
            Artifact a = all.get(i);
            JsonNode e = entries.get(i);
            assertThat(e.get("name").asText()).isEqualTo(a.name());
            assertThat(e.get("size").asLong()).isEqualTo(a.size());
            assertThat(e.get("sha256").asText()).isEqualTo(a.sha256()).hasSize(64);
            assertThat(e.get("contentType").asText()).isEqualTo(a.contentType());
        }
        assertThat(manifest.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    }

    @Test
    void designDocumentHasExactlyTheRequiredHeadingsInOrder() {
        for (SchemaModel model : TestModels.all()) {
            String doc = artifact(model, "design.md");
            assertThat(headings(doc)).containsExactly("## 1. Database Design Summary", "## 2. Key Entities and Relationships",
                    "## 3. ER Diagram (Mermaid)", "## 4. SQLModel Schema (Python/SQLite)", "## 5. Prisma Schema",
                    "## 6. Design Rationale & Assumptions", "## Open Questions", "## Appendix: Requirement traceability");
            assertThat(doc).contains("```mermaid\nerDiagram\n", "```python\n\"\"\"models.py", "```prisma\n// schema.prisma");
            String plan = artifact(model, "db-plan.md");
            assertThat(headings(plan)).containsExactly("## 1. Tables", "## 2. Relationships", "## 3. Indexes", "## 4. PostgreSQL Policies",
                    "## 5. Design Notes", "## 6. Mermaid Diagram");
        }
    }

    @Test
    void normalizationTrailHasItsOwnHeadingAfterTheDesignDecisions() {
        SchemaModel plain = TestModels.supabaseStudy();
        List<Decision> decisions = new ArrayList<>(plain.decisions());
        decisions.add(new Decision(Decision.NORMALIZATION_PREFIX + "multi-valued-decks-tags", "tags of a deck", "One row per tag in deck_tags",
                "A list packed into decks.tags", "The documents speak of \"multiple tags\"", List.of("R9")));
        SchemaModel traced = plain.withDecisions(decisions);
        String bullet = "- **tags of a deck**: One row per tag in deck_tags. Instead of: A list packed into decks.tags. "
                + "Why: The documents speak of \"multiple tags\". (R9)\n";
        String intro = "### Normalization\n\nWhat normalization changed in the model the documents describe, each with the design it replaced:\n\n";

        String doc = artifact(traced, "design.md");
        // design.md collects requirement ids in its appendix; db-plan.md keeps them inline
        assertThat(doc).contains(intro + bullet.replace(" (R9)", ""));
        assertThat(doc.indexOf("### Key decisions")).isLessThan(doc.indexOf("### Normalization"));
        assertThat(doc.indexOf("### Normalization")).isLessThan(doc.indexOf("### Indexing strategy for SQLite"));
        assertThat(doc.substring(doc.indexOf("### Key decisions"), doc.indexOf("### Normalization"))).doesNotContain("tags of a deck");
        String plan = artifact(traced, "db-plan.md");
        assertThat(plan).contains(intro + bullet);
        assertThat(plan.indexOf("## 5. Design Notes")).isLessThan(plan.indexOf("### Normalization"));
        assertThat(plan.indexOf("### Normalization")).isLessThan(plan.indexOf("## 6. Mermaid Diagram"));

        assertThat(artifact(plain, "design.md")).doesNotContain("### Normalization");
        assertThat(artifact(plain, "db-plan.md")).doesNotContain("### Normalization");
    }

    @Test
    void everyPostgresIdentifierFitsSixtyThreeBytes() {
        Pattern quoted = Pattern.compile("\"([^\"]*+(?:\"\"[^\"]*+)*+)\"");
        for (SchemaModel model : TestModels.all()) {
            String sql = artifact(model, "schema.postgres.sql");
            Matcher m = quoted.matcher(sql.replaceAll("(?m)--.*$", "").replaceAll("'[^']*+(?:''[^']*+)*+'", "''"));
            while (m.find()) {
                assertThat(m.group(1).replace("\"\"", "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(m.group()).isLessThanOrEqualTo(63);
            }
            for (String word : sql.replaceAll("(?m)--.*$", "").replaceAll("'[^']*+(?:''[^']*+)*+'", "''").replaceAll("\"[^\"]*+(?:\"\"[^\"]*+)*+\"", "\"\"").split("[^A-Za-z0-9_$]+")) {
                assertThat(word.length()).as(word).isLessThanOrEqualTo(63);
            }
        }
    }

    @Test
    void hostileNamesAreQuotedEverywhereTheyAppearInSql() {
        String pg = artifact(TestModels.hostileApplication(), "schema.postgres.sql");
        assertThat(pg).contains("CREATE TABLE \"weird\"\"; DROP TABLE x; --\" (", "CREATE TABLE \"user\" (", "CREATE TABLE \"order\" (",
                "\"naïve \"\"value\"\"\" text", "CREATE TYPE \"member role\" AS ENUM ('owner', 'it''s \"member\"');");
        assertThat(pg).doesNotContain("CREATE TABLE weird", "CREATE TABLE user ", "CREATE TABLE order ");
        String sqlite = artifact(TestModels.hostileApplication(), "schema.sqlite.sql");
        assertThat(sqlite).contains("CREATE TABLE \"weird\"\"; DROP TABLE x; --\" (", "\"1st\" INTEGER NOT NULL");
        String comment = pg.lines().filter(l -> l.startsWith("COMMENT ON TABLE \"user\"")).findFirst().orElseThrow();
        assertThat(comment).isEqualTo("COMMENT ON TABLE \"user\" IS 'People who sign in. Second line; -- not SQL (sources: R1)';");
    }

    @Test
    void supabaseAndApplicationAuthRenderDifferentCurrentUserAndRoles() {
        String supabase = artifact(TestModels.supabaseStudy(), "schema.postgres.sql");
        assertThat(supabase).contains("REFERENCES auth.users (id) ON DELETE CASCADE", "USING (user_id = (SELECT auth.uid()))", "TO authenticated")
                .doesNotContain("current_setting", "CREATE ROLE");
        String plain = artifact(TestModels.hostileApplication(), "schema.postgres.sql");
        assertThat(plain).contains("(SELECT nullif(current_setting('app.current_user_id', true), '')::bigint)", "CREATE ROLE app_user NOLOGIN")
                .doesNotContain("auth.", "authenticated");
    }

    @Test
    void cycleIsClosedAfterBothTablesExistAndSelfReferenceStaysInline() {
        String pg = artifact(TestModels.hostileApplication(), "schema.postgres.sql");
        int order = pg.indexOf("CREATE TABLE \"order\"");
        int invoice = pg.indexOf("CREATE TABLE invoice");
        int alter = pg.indexOf("ALTER TABLE \"order\" ADD CONSTRAINT order_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoice (id)");
        assertThat(order).isPositive().isLessThan(invoice);
        assertThat(alter).isGreaterThan(invoice);
        String study = artifact(TestModels.supabaseStudy(), "schema.postgres.sql");
        assertThat(study).contains("CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL")
                .doesNotContain("ALTER TABLE categories ADD");
        assertThat(study.indexOf("CREATE TABLE decks")).isLessThan(study.indexOf("CREATE TABLE cards"));
    }

    @Test
    void sqliteReferencesOnlyTablesItCreates() {
        for (SchemaModel model : TestModels.all()) {
            String sql = artifact(model, "schema.sqlite.sql");
            Matcher refs = Pattern.compile("REFERENCES (\"(?:[^\"]|\"\")*\"|\\w+) \\(").matcher(sql);
            while (refs.find()) {
                assertThat(sql).as("target of " + refs.group()).contains("CREATE TABLE " + refs.group(1) + " (");
            }
        }
    }

    @Test
    void unknownReferencesFailLoudly() {
        SchemaModel base = TestModels.compositeNotes();
        Table notes = base.tables().get(0);
        Table broken = notes.withForeignKeys(List.of(TestModels.fk("notes_ghost_fkey", "title", "ghosts", FkAction.CASCADE)));
        SchemaModel badFk = base.withTables(List.of(broken));
        assertThatThrownBy(() -> new PostgresRenderer().render(badFk)).isInstanceOf(IllegalStateException.class).hasMessageContaining("unsupported")
                .hasMessageContaining("ghosts");
        assertThatThrownBy(() -> new SqliteRenderer().render(badFk)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ghosts");
        Table badEnum = notes.withColumns(List.of(new Column("state", ColumnType.enumOf("missing_enum"), false, DefaultValue.enumValue("x"), false, "", List.of())))
                .withPrimaryKey(List.of()).withChecks(List.of()).withIndexes(List.of());
        SchemaModel missingEnum = base.withTables(List.of(badEnum));
        assertThatThrownBy(() -> new PrismaRenderer().render(missingEnum)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unsupported enum missing_enum");
        assertThatThrownBy(() -> new SqliteRenderer().render(missingEnum)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unsupported enum missing_enum");
        Table badLength = notes.withColumns(List.of(Column.of("n", ColumnType.of(TypeKind.TEXT), false))).withPrimaryKey(List.of()).withIndexes(List.of())
                .withChecks(List.of(new dev.schemawright.contracts.model.CheckConstraint("c", dev.schemawright.contracts.model.CheckKind.LENGTH_BETWEEN,
                        List.of("n"), List.of("1); DROP TABLE x; --", ""), List.of())));
        assertThatThrownBy(() -> new PostgresRenderer().render(base.withTables(List.of(badLength)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unsupported length bound");
    }

    @Test
    void enumsNamedLikeATableOrABuiltInTypeGetADistinctTypeNameInEveryTarget() {
        SchemaModel base = TestModels.compositeNotes();
        Table status = Table.of("status", dev.schemawright.contracts.model.TableKind.LOOKUP,
                List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false).withIdentity(true),
                        Column.of("state", ColumnType.enumOf("status"), false), Column.of("kind", ColumnType.enumOf("text"), true)),
                List.of("id"));
        SchemaModel model = base.withTables(List.of(status)).withEnums(List.of(
                new dev.schemawright.contracts.model.EnumType("status", List.of("on", "off"), List.of()),
                new dev.schemawright.contracts.model.EnumType("text", List.of("a"), List.of())));
        assertThat(artifact(model, "schema.postgres.sql")).contains("CREATE TYPE status_enum AS ENUM ('on', 'off');",
                "CREATE TYPE text_enum AS ENUM ('a');", "state status_enum NOT NULL", "kind text_enum");
        assertThat(artifact(model, "schema.prisma")).contains("@@map(\"status_enum\")", "@@map(\"text_enum\")");
        // SQLite has no enum types: the Python enum class and the table class just need names of their own
        assertThat(artifact(model, "models.py")).contains("class Status(str, enum.Enum):", "class Status2(SQLModel, table=True):", "    state: Status\n",
                "    kind: Optional[Text] = None\n");
    }

    private String artifact(SchemaModel model, String name) {
        return renderer.renderAll(model).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().text();
    }

    private static List<String> headings(String markdown) {
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("## ")) {
                out.add(line);
            }
        }
        return out;
    }
}

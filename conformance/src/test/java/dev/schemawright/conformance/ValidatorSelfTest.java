package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.conformance.generate.RandomModelSeeds;
import dev.schemawright.conformance.generate.RandomSchemaModels;
import dev.schemawright.conformance.postgres.PostgresSchemaCheck;
import dev.schemawright.conformance.postgres.RowLevelSecurityProbe;
import dev.schemawright.conformance.postgres.TenantCreationProbe;
import dev.schemawright.conformance.sqlite.SqliteSchemaCheck;
import dev.schemawright.conformance.tools.ValidatorTools;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validators themselves: each accepts a known-good file and rejects a known-bad one with the tool's own message.
 * Without this, a harness that never reaches the tool would pass every artifact.
 */
class ValidatorSelfTest {

    static Path sample(String name) {
        try {
            return Path.of(ValidatorSelfTest.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(sample(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void prismaEngineAcceptsAValidSchemaAndReportsTheErrorsOfABadOne() {
        JsonNode good = ValidatorTools.prisma().check(sample("schema.prisma"));
        assertThat(good.path("ok").asBoolean()).as(good.toString()).isTrue();
        assertThat(good.path("models").size()).isGreaterThan(0);
        JsonNode bad = ValidatorTools.prisma().check(sample("bad.prisma"));
        assertThat(bad.path("ok").asBoolean()).isFalse();
        assertThat(bad.path("error").asText()).contains("Strin");
    }

    @Test
    void mermaidParsesErDiagramsAndMarkdownBlocksAndRejectsBrokenOnes() {
        JsonNode mmd = ValidatorTools.mermaid().check(sample("er.mmd"));
        assertThat(mmd.path("ok").asBoolean()).as(mmd.toString()).isTrue();
        assertThat(mmd.path("diagrams").get(0).path("type").asText()).isEqualTo("er");
        JsonNode md = ValidatorTools.mermaid().check(sample("design.md"));
        assertThat(md.path("ok").asBoolean()).as(md.toString()).isTrue();
        assertThat(md.path("diagrams").size()).isPositive();
        JsonNode bad = ValidatorTools.mermaid().check(sample("bad.mmd"));
        assertThat(bad.path("ok").asBoolean()).isFalse();
        assertThat(bad.path("diagrams").get(0).path("error").asText()).contains("Parse error");
    }

    @Test
    void sqlmodelImportsGoodModelsCreatesTheirTablesAndReportsBrokenRelationships() {
        JsonNode good = ValidatorTools.sqlmodel().check(sample("models.py"));
        assertThat(good.path("ok").asBoolean()).as(good.toString()).isTrue();
        assertThat(good.path("tables").has("deck_tags")).isTrue();
        assertThat(good.path("tables").path("deck_tags").path("foreign_keys").size()).isEqualTo(2);
        JsonNode bad = ValidatorTools.sqlmodel().check(sample("bad-models.py"));
        assertThat(bad.path("ok").asBoolean()).isFalse();
        assertThat(bad.path("error").asText()).contains("teem");
        // the same classes again: each file is imported in a fresh process, so names never clash
        assertThat(ValidatorTools.sqlmodel().check(sample("models.py")).path("ok").asBoolean()).isTrue();
    }

    @Test
    void postgresExecutesSupabaseDdlOnlyWithTheAuthStubAndPointsAtTheBadLine() {
        PostgresSchemaCheck.Catalog catalog = PostgresSchemaCheck.execute(text("schema.sql"), true);
        assertThat(catalog.shape().tables()).containsKeys("decks", "flashcards", "profiles");
        assertThat(catalog.rlsEnabled()).containsEntry("decks", true);
        assertThat(catalog.policyCommands().get("decks")).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
        assertThat(catalog.shape().tables().get("decks").foreignKeys().first().refTable()).isEqualTo("auth.users");
        assertThatThrownBy(() -> PostgresSchemaCheck.execute(text("schema.sql"), false))
                .hasMessageContaining("schema \"auth\" does not exist");
        assertThatThrownBy(() -> PostgresSchemaCheck.execute(text("bad-pg.sql"), false))
                .hasMessageContaining("syntax error").hasMessageContaining("at line 1");
    }

    @Test
    void sqliteExecutesStatementByStatementAndFlagsForeignKeysItAcceptsSilently() {
        assertThat(SqliteSchemaCheck.run(text("bad-sqlite-fk.sql")).problems())
                .anySatisfy(p -> assertThat(p).contains("references missing table missing_table"));
        assertThat(SqliteSchemaCheck.run(text("bad-sqlite-fkcol.sql")).problems())
                .anySatisfy(p -> assertThat(p).contains("references missing column a(idx)"));
        assertThat(SqliteSchemaCheck.run(text("bad-sqlite-syntax.sql")).problems())
                .anySatisfy(p -> assertThat(p).contains("syntax error"));
        assertThat(SqliteSchemaCheck.run("CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT);\n"
                + "CREATE TABLE c (id INTEGER PRIMARY KEY, code TEXT REFERENCES p (code));").problems())
                .anySatisfy(p -> assertThat(p).contains("neither its primary key nor unique"));
        SqliteSchemaCheck.Result ok = SqliteSchemaCheck.run("CREATE TABLE p (id INTEGER PRIMARY KEY, n TEXT NOT NULL);\n"
                + "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER NOT NULL REFERENCES p ON DELETE CASCADE);\n"
                + "CREATE TRIGGER c_touch AFTER UPDATE ON c BEGIN UPDATE p SET n = CASE WHEN n = 'a;' THEN 'b' ELSE n END; END;");
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.shape().tables().get("c").foreignKeys().first().refColumns()).containsExactly("id");
        assertThat(ok.shape().tables().get("c").foreignKeys().first().onDelete()).isEqualTo("CASCADE");
    }

    @Test
    void rowLevelSecurityProbeCatchesASchemaThatLetsUsersSeeEachOthersRows() {
        RenderedModel r = RenderedModel.render("rls-self-test", RandomSchemaModels.generate(RandomModelSeeds.seed(0)),
                RenderedModel.outputRoot("self-test"));
        RowLevelSecurityProbe.run(r);
        String withoutRls = r.text("schema.postgres.sql").replaceAll("(?m)^ALTER TABLE .* ENABLE ROW LEVEL SECURITY;$", "");
        assertThat(withoutRls).isNotEqualTo(r.text("schema.postgres.sql"));
        assertThatThrownBy(() -> RowLevelSecurityProbe.run(r.withArtifact("schema.postgres.sql", withoutRls)))
                .hasMessageContaining("A reads B's row: 1 row(s), expected 0")
                .hasMessageContaining("A updates B's row: 1 row(s), expected 0");
    }

    @Test
    void tenantCreationProbeCatchesATenantItsCreatorCannotReadAndAMembershipAnyoneCanTake() {
        // the one dev project with group tenancy, its users owned by the application (plain PostgreSQL)
        Path project = dev.schemawright.conformance.tools.RepositoryLayout.devCorpus().resolve("dmarczydlo__home-planner");
        RenderedModel r = RenderedModel.render("tenant-self-test", AuthModesRowLevelSecurityTest.design(project, AuthProvider.APPLICATION),
                RenderedModel.outputRoot("self-test-tenant"));
        TenantCreationProbe.run(r);
        String sql = r.text("schema.postgres.sql");
        String membersOnly = sql.replaceAll("(?m)^(CREATE POLICY \\S+_select_member_or_creator ON .*) OR \\S+ = \\(SELECT [^;]*\\)\\);$", "$1);");
        assertThat(membersOnly).isNotEqualTo(sql);
        assertThatThrownBy(() -> TenantCreationProbe.run(r.withArtifact("schema.postgres.sql", membersOnly)))
                .hasMessageContaining("A cannot create a");
        String anyoneInserts = sql.replaceAll("(?m)^(CREATE POLICY \\S+_insert_creator ON \\S+ FOR INSERT TO \\S+) WITH CHECK \\(.*\\);$", "$1 WITH CHECK (true);");
        assertThat(anyoneInserts).isNotEqualTo(sql);
        assertThatThrownBy(() -> TenantCreationProbe.run(r.withArtifact("schema.postgres.sql", anyoneInserts)))
                .hasMessageContaining("in A's name: allowed").hasMessageContaining("B joins A's");
    }

    /** The consistency comparisons see types, uniqueness and keys, not just names: each tampering must be reported. */
    @Test
    void consistencyChecksReportATypeAUniqueKeyAndAForeignKeyThatDifferFromTheModel() {
        Column id = Column.of("id", ColumnType.of(TypeKind.UUID), false).withDefault(DefaultValue.of(DefaultKind.RANDOM_UUID));
        Table parent = Table.of("parent", TableKind.ENTITY, List.of(id, Column.of("code", ColumnType.of(TypeKind.TEXT), false),
                        Column.of("label", ColumnType.of(TypeKind.UUID), false)), List.of("id"))
                .withUniques(List.of(new UniqueConstraint("parent_code_key", List.of("code"), List.of())));
        Table child = Table.of("child", TableKind.CHILD, List.of(id, Column.of("parent_id", ColumnType.of(TypeKind.UUID), false)), List.of("id"))
                .withForeignKeys(List.of(new ForeignKey("child_parent_id_fkey", List.of("parent_id"), null, "parent", List.of("id"),
                        FkAction.CASCADE, "", List.of())))
                .withIndexes(List.of(new Index("child_parent_id_idx", List.of(IndexColumn.asc("parent_id")), false, IndexMethod.BTREE,
                        IndexPredicate.NONE, "", List.of())));
        SchemaModel model = new SchemaModel("self-test", "self test", "", new TargetStack("PostgreSQL", AuthProvider.APPLICATION,
                KeyStrategy.UUID, ""), List.of(), List.of(parent, child), List.of(), List.of(), List.of(), List.of());
        RenderedModel r = RenderedModel.render("consistency-self-test", model, RenderedModel.outputRoot("self-test-consistency"));
        ArtifactChecks.complete(r);
        ArtifactChecks.postgres(r);
        ArtifactChecks.prisma(r);
        ArtifactChecks.sqlite(r);
        assertThatThrownBy(() -> ArtifactChecks.complete(r.withArtifact("design.md", r.text("design.md") + "\n")))
                .hasMessageContaining("manifest.json lists");
        assertThatThrownBy(() -> ArtifactChecks.complete(r.withArtifact("model.json", r.text("model.json").replace("\"tables\"", "\"tablez\""))))
                .hasMessageContaining("model.json does not read back");
        String pg = r.text("schema.postgres.sql").replaceFirst("(?m)^(    label) uuid NOT NULL", "$1 text NOT NULL");
        assertThat(pg).isNotEqualTo(r.text("schema.postgres.sql"));
        assertThatThrownBy(() -> ArtifactChecks.postgres(r.withArtifact("schema.postgres.sql", pg)))
                .hasMessageContaining("column label is uuid in model but text in schema.postgres.sql");
        String prisma = r.text("schema.prisma").replaceFirst("(?m)^\\s+@@unique\\(.*$", "");
        prisma = prisma.equals(r.text("schema.prisma")) ? prisma.replaceFirst("@unique(\\([^)]*\\))?", "") : prisma;
        assertThat(prisma).isNotEqualTo(r.text("schema.prisma"));
        writeAndCheck(r, "schema.prisma", prisma, "unique keys");
        String sqlite = r.text("schema.sqlite.sql").replaceFirst("ON DELETE CASCADE", "ON DELETE SET NULL");
        assertThat(sqlite).isNotEqualTo(r.text("schema.sqlite.sql"));
        assertThatThrownBy(() -> ArtifactChecks.sqlite(r.withArtifact("schema.sqlite.sql", sqlite)))
                .hasMessageContaining("ON DELETE SET_NULL in schema.sqlite.sql but not in model");
    }

    private static void writeAndCheck(RenderedModel r, String name, String text, String expected) {
        RenderedModel altered = r.withArtifact(name, text);
        try {
            Files.writeString(altered.file(name), text, StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ArtifactChecks.prisma(altered)).hasMessageContaining(expected);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.write(r.file(name), r.artifacts().get(name).content());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

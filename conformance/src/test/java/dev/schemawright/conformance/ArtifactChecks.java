package dev.schemawright.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.conformance.postgres.PostgresSchemaCheck;
import dev.schemawright.conformance.shape.ModelShape;
import dev.schemawright.conformance.shape.PrismaShape;
import dev.schemawright.conformance.shape.SchemaShape;
import dev.schemawright.conformance.shape.SqliteCatalogShape;
import dev.schemawright.conformance.sqlite.SqliteSchemaCheck;
import dev.schemawright.conformance.tools.ValidatorSession;
import dev.schemawright.conformance.tools.ValidatorTools;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.sql.ExternalTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each artifact checked by the tool that consumes it, and each schema rendering compared with the model. Every check
 * throws an AssertionError carrying the tool's own message, so a failing test says what the tool said.
 */
public final class ArtifactChecks {
    private ArtifactChecks() {
    }

    /**
     * Every artifact is there, model.json reads back as the very model, and manifest.json lists each other artifact
     * with its true size, sha256 and content type, in rendering order.
     */
    public static void complete(RenderedModel r) {
        List<String> problems = new ArrayList<>();
        if (!List.copyOf(r.artifacts().keySet()).equals(RenderedModel.EXPECTED)) {
            problems.add("artifacts " + r.artifacts().keySet() + ", expected " + RenderedModel.EXPECTED);
        }
        if (r.artifacts().containsKey("model.json")
                && !JsonCodec.fromString(r.text("model.json"), SchemaModel.class).equals(r.model())) {
            problems.add("model.json does not read back as the rendered model");
        }
        if (r.artifacts().containsKey("manifest.json")) {
            JsonNode listed;
            try {
                listed = JsonCodec.mapper().readTree(r.text("manifest.json")).path("artifacts");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(r.label() + ": manifest.json is not JSON: " + e.getOriginalMessage(), e);
            }
            List<String> want = new ArrayList<>();
            r.artifacts().values().stream().filter(a -> !a.name().equals("manifest.json"))
                    .forEach(a -> want.add(a.name() + " " + a.size() + " " + a.sha256() + " " + a.contentType()));
            List<String> got = new ArrayList<>();
            listed.forEach(e -> got.add(e.path("name").asText() + " " + e.path("size").asLong() + " " + e.path("sha256").asText()
                    + " " + e.path("contentType").asText()));
            if (!want.equals(got)) {
                problems.add("manifest.json lists " + got + "\n    but the artifacts are " + want);
            }
        }
        fail(r, "rendered artifacts", problems);
    }

    /** PostgreSQL executes the DDL in one transaction; its catalog matches the model, RLS and policies included. */
    public static void postgres(RenderedModel r) {
        PostgresSchemaCheck.Catalog catalog = PostgresSchemaCheck.execute(r.text("schema.postgres.sql"), r.supabase());
        List<String> problems = new ArrayList<>(ModelShape.of(r.model(), ModelShape.External.QUALIFIED).differencesFrom(catalog.shape()));
        for (Table t : r.model().tables()) {
            String name = PhysicalName.of(t.name());
            if (t.rlsEnabled() && !catalog.rlsEnabled().getOrDefault(name, false)) {
                problems.add("table " + name + ": row-level security not enabled");
            }
            List<String> want = t.policies().stream().map(Policy::command).map(Enum::name).sorted().toList();
            List<String> got = catalog.policyCommands().getOrDefault(name, List.of()).stream().sorted().toList();
            if (t.rlsEnabled() && !want.equals(got)) {
                problems.add("table " + name + ": policies for " + want + " in the model but " + got + " in PostgreSQL");
            }
        }
        fail(r, "schema.postgres.sql in PostgreSQL", problems);
    }

    /** SQLite executes the DDL with foreign keys on; every FK target exists and is a key; the shape matches the model. */
    public static void sqlite(RenderedModel r) {
        SqliteSchemaCheck.Result result = SqliteSchemaCheck.run(r.text("schema.sqlite.sql"));
        List<String> problems = new ArrayList<>(result.problems());
        if (result.shape() != null) {
            problems.addAll(ModelShape.of(r.model(), ModelShape.External.STAND_IN).differencesFrom(result.shape()));
        }
        fail(r, "schema.sqlite.sql in SQLite", problems);
    }

    /** Prisma's schema engine validates schema.prisma; its data model (DMMF) matches the model. */
    public static void prisma(RenderedModel r) {
        JsonNode verdict = ValidatorTools.prisma().check(r.file("schema.prisma"));
        List<String> problems = new ArrayList<>();
        if (!verdict.path("ok").asBoolean()) {
            problems.add(verdict.path("error").asText());
        } else {
            // auth.users is a model of its own in schema auth, so relations into it are real foreign keys in the DMMF
            problems.addAll(ModelShape.of(r.model(), ModelShape.External.QUALIFIED).differencesFrom(PrismaShape.of(verdict)));
        }
        fail(r, "schema.prisma in @prisma/prisma-schema-wasm", problems);
    }

    /** SQLModel 0.0.8 (Debian 12, pydantic 1) imports models.py and creates its tables in SQLite; the tables it created match the model. */
    public static void sqlmodel(RenderedModel r) {
        sqlmodel(r, ValidatorTools.sqlmodel(), "models.py in SQLModel 0.0.8 (python3-sqlmodel)");
    }

    /** Current SQLModel (Debian 13, pydantic 2, SQLAlchemy 2) does the same with the same file. */
    public static void sqlmodelCurrent(RenderedModel r) {
        sqlmodel(r, ValidatorTools.sqlmodelCurrent(), "models.py in current SQLModel (Debian 13 python3-sqlmodel)");
    }

    private static void sqlmodel(RenderedModel r, ValidatorSession tool, String what) {
        JsonNode verdict = tool.check(r.file("models.py"));
        List<String> problems = new ArrayList<>();
        if (!verdict.path("ok").asBoolean()) {
            problems.add(verdict.path("error").asText());
        } else {
            SchemaShape shape = SqliteCatalogShape.of("models.py (SQLModel)", verdict.path("tables"));
            // SQLAlchemy needs a table behind every foreign key: models.py either declares stand-ins or leaves those FKs out
            boolean standIns = ExternalTables.of(r.model()).tables().stream()
                    .anyMatch(lt -> shape.tables().containsKey(PhysicalName.of(lt.name())));
            problems.addAll(ModelShape.of(r.model(), standIns ? ModelShape.External.STAND_IN : ModelShape.External.DROPPED)
                    .differencesFrom(shape));
        }
        fail(r, what, problems);
    }

    /** Mermaid parses erd.mmd as an ER diagram matching the model, and every mermaid block of design.md and db-plan.md. */
    public static void mermaid(RenderedModel r) {
        Map<String, String> problems = new TreeMap<>();
        for (String name : List.of("erd.mmd", "design.md", "db-plan.md")) {
            JsonNode verdict = ValidatorTools.mermaid().check(r.file(name));
            List<String> own = new ArrayList<>();
            if (verdict.path("error").isTextual()) {
                own.add(verdict.path("error").asText());
            }
            for (JsonNode d : verdict.path("diagrams")) {
                if (!d.path("ok").asBoolean()) {
                    own.add("line " + d.path("line").asInt() + ": " + d.path("error").asText());
                } else if (name.equals("erd.mmd") && !"er".equals(d.path("type").asText())) {
                    own.add("erd.mmd is a " + d.path("type").asText() + " diagram, not an erDiagram");
                } else if (name.equals("erd.mmd")) {
                    own.addAll(erdMatchesModel(r, d));
                }
            }
            if (!own.isEmpty()) {
                problems.put(name, String.join("\n", own));
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder b = new StringBuilder(r.label() + ": Mermaid rejected a diagram:");
            problems.forEach((n, p) -> b.append("\n  ").append(n).append(": ").append(p.replace("\n", "\n    ")));
            throw new AssertionError(b.toString());
        }
    }

    /**
     * What Mermaid's parser understood of erd.mmd against the model: one entity per table (plus one per external table
     * such as auth.users), one attribute per column, one relationship per foreign key. Entity names are made
     * Mermaid-safe, so counts are compared, not names.
     */
    static List<String> erdMatchesModel(RenderedModel r, JsonNode diagram) {
        List<ExternalTables.LocalTable> external = ExternalTables.of(r.model()).tables();
        int entities = r.model().tables().size() + external.size();
        int attributes = r.model().tables().stream().mapToInt(t -> t.columns().size()).sum()
                + external.stream().mapToInt(lt -> lt.keyColumns().size()).sum();
        int relationships = r.model().tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        int gotAttributes = 0;
        for (JsonNode e : diagram.path("entities")) {
            gotAttributes += e.path("attributes").asInt();
        }
        List<String> out = new ArrayList<>();
        if (diagram.path("entities").size() != entities) {
            out.add("erd.mmd has " + diagram.path("entities").size() + " entities, the model " + entities + " tables (external included)");
        }
        if (gotAttributes != attributes) {
            out.add("erd.mmd has " + gotAttributes + " attributes, the model " + attributes + " columns");
        }
        if (diagram.path("relationships").asInt() != relationships) {
            out.add("erd.mmd has " + diagram.path("relationships").asInt() + " relationships, the model " + relationships + " foreign keys");
        }
        return out;
    }

    private static void fail(RenderedModel r, String what, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        throw new AssertionError(r.label() + ": " + what + ":\n  " + String.join("\n  ", problems)
                + "\n  (artifact: " + r.dir() + ")");
    }
}

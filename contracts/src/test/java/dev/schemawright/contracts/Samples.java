package dev.schemawright.contracts;

import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fully populated sample of every contract, shared by the golden tests. */
final class Samples {
    static final String PROJECT = "flashcards";
    static final String RUN = "0123456789abcdef01234567";
    static final String TENANT = "acme";

    static Requirement requirement() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("actor", "user");
        facets.put("goal", "create a deck with a name and description");
        facets.put("benefit", "I can group my cards");
        facets.put("storyId", "US-001");
        return new Requirement("prd.md#us-001", RequirementKind.USER_STORY,
                "As a user, I want to create a deck with a name and description so that I can group my cards.",
                new Source("prd.md", DocumentRole.PRD, List.of("5. User Stories", "US-001"), 40, 42), Scope.IN_SCOPE, facets);
    }

    static SchemaModel model() {
        List<String> src = List.of("prd.md#us-001");
        Table decks = new Table("decks", TableKind.ENTITY, "A named collection of cards owned by one user.",
                List.of(new Column("id", ColumnType.of(TypeKind.UUID), false, DefaultValue.of(DefaultKind.RANDOM_UUID), false, "", src),
                        new Column("user_id", ColumnType.of(TypeKind.UUID), false, DefaultValue.of(DefaultKind.CURRENT_USER), false, "owner", src),
                        new Column("name", ColumnType.varchar(100), false, null, false, "", src),
                        new Column("status", ColumnType.enumOf("deck_status"), false, DefaultValue.enumValue("draft"), false, "", src),
                        new Column("price", ColumnType.numeric(10, 2), true, DefaultValue.number("0"), false, "", src),
                        new Column("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false, DefaultValue.of(DefaultKind.NOW), false, "", List.of())),
                List.of("id"),
                List.of(new ForeignKey("decks_user_id_fkey", List.of("user_id"), "auth", "users", List.of("id"), FkAction.CASCADE,
                        "a deck is owned by its user", src)),
                List.of(new UniqueConstraint("decks_user_id_name_key", List.of("user_id", "name"), src)),
                List.of(new CheckConstraint("decks_name_length", CheckKind.LENGTH_BETWEEN, List.of("name"), List.of("1", "100"), src)),
                List.of(new Index("decks_user_id_created_at_idx", List.of(IndexColumn.asc("user_id"), IndexColumn.desc("created_at")),
                        false, IndexMethod.BTREE, IndexPredicate.NONE, "list a user's decks newest first", src)),
                true,
                List.of(new Policy("decks_select_own", PolicyCommand.SELECT, "authenticated", PolicyRule.owner("user_id"),
                        "users read their own decks", src)),
                src);
        return new SchemaModel(PROJECT, "Flashcards", "Decks of cards owned by users.",
                new TargetStack("PostgreSQL (Supabase)", AuthProvider.SUPABASE, KeyStrategy.UUID, "supabase-js"),
                List.of(new EnumType("deck_status", List.of("draft", "published"), src)),
                List.of(decks),
                List.of(new Relationship("users", "decks", Cardinality.ONE_TO_MANY, null, false, "owns", src)),
                List.of(new Decision("D1", "keys", "uuid primary keys", "bigint identity", "Supabase Auth ids are uuids", List.of("tech-stack.md#l3"))),
                List.of(new OpenQuestion("Q1", "Can a card belong to more than one deck?", "No: a card belongs to one deck.", src),
                        new OpenQuestion("Q2", "Are tags shared by all users?", "No: each user keeps their own tags.", src,
                                "Yes: tags are shared reference data.", List.of("clarifications.md#l4"))),
                List.of(new Diagnostic(Severity.INFO, "assumed-owner", "decks are owned by the authenticated user", src)));
    }

    static RunRef run(String tenant) {
        return RunRef.first(new ProjectRef(tenant, PROJECT), RUN);
    }

    static RequirementEvent requirementEvent() {
        return requirementEvent(TENANT);
    }

    static RequirementEvent requirementEvent(String tenant) {
        return RequirementEvent.of(run(tenant), 1, 12, requirement());
    }

    static ModelReadyEvent modelReadyEvent() {
        return modelReadyEvent(TENANT);
    }

    static ModelReadyEvent modelReadyEvent(String tenant) {
        return ModelReadyEvent.of(run(tenant), Generator.VERSION, model());
    }

    static ArtifactsReadyEvent artifactsReadyEvent() {
        return artifactsReadyEvent(TENANT);
    }

    /** The pre-tenant golden file keeps its old keys: only the decoding of the envelope is compared for it. */
    static ArtifactsReadyEvent artifactsReadyEvent(String tenant) {
        return ArtifactsReadyEvent.of(tenant, PROJECT, RUN, ObjectKeys.runPrefix(tenant, PROJECT, RUN), List.of(
                new ArtifactRef("schema.postgres.sql", ObjectKeys.artifact(tenant, PROJECT, RUN, "schema.postgres.sql"), 2048,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "application/sql")));
    }

    static dev.schemawright.contracts.event.UploadEvent uploadEvent() {
        return dev.schemawright.contracts.event.UploadEvent.of(run(TENANT), List.of(
                new dev.schemawright.contracts.event.UploadEvent.Document("prd.md", "PRD (final).md", null,
                        "tenants/acme/projects/flashcards/runs/0123456789abcdef01234567/input/prd.md", 2048,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                new dev.schemawright.contracts.event.UploadEvent.Document("stack.md", "stack.md", dev.schemawright.contracts.requirement.DocumentRole.TECH_STACK,
                        "tenants/acme/projects/flashcards/runs/0123456789abcdef01234567/input/stack.md", 512,
                        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")));
    }

    static RunFailedEvent runFailedEvent() {
        return runFailedEvent(TENANT);
    }

    static RunFailedEvent runFailedEvent(String tenant) {
        return RunFailedEvent.of(run(tenant), "modeling", "no requirement describes any data",
                List.of(new Diagnostic(Severity.ERROR, "no-entities", "no entity found in 12 requirements", List.of())));
    }

    private Samples() {
    }
}

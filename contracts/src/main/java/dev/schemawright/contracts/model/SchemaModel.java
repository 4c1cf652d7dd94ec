package dev.schemawright.contracts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The relational design of one project run: the single source every artifact is rendered from.
 * Tables refer to each other by name; element order is the rendering order. {@code notes} (added within v1, absent on
 * the wire when empty, so older model.json files still read) carry what the documents say around the schema.
 */
public record SchemaModel(String projectId, String title, String summary, TargetStack stack, List<EnumType> enums,
                          List<Table> tables, List<Relationship> relationships, List<Decision> decisions,
                          List<OpenQuestion> openQuestions, List<Diagnostic> diagnostics,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DesignNote> notes) {
    public SchemaModel {
        Lists.requireText(projectId, "projectId");
        title = title == null ? projectId : title;
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(stack, "stack");
        enums = Lists.copy(enums);
        tables = Lists.copy(tables);
        relationships = Lists.copy(relationships);
        decisions = Lists.copy(decisions);
        openQuestions = Lists.copy(openQuestions);
        diagnostics = Lists.copy(diagnostics);
        notes = Lists.copy(notes);
    }

    /** The v1 shape without notes. */
    public SchemaModel(String projectId, String title, String summary, TargetStack stack, List<EnumType> enums, List<Table> tables,
                       List<Relationship> relationships, List<Decision> decisions, List<OpenQuestion> openQuestions, List<Diagnostic> diagnostics) {
        this(projectId, title, summary, stack, enums, tables, relationships, decisions, openQuestions, diagnostics, List.of());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public SchemaModel withTitle(String v) {
        return new SchemaModel(projectId, v, summary, stack, enums, tables, relationships, decisions, openQuestions, diagnostics, notes);
    }

    public SchemaModel withSummary(String v) {
        return new SchemaModel(projectId, title, v, stack, enums, tables, relationships, decisions, openQuestions, diagnostics, notes);
    }

    public SchemaModel withStack(TargetStack v) {
        return new SchemaModel(projectId, title, summary, v, enums, tables, relationships, decisions, openQuestions, diagnostics, notes);
    }

    public SchemaModel withEnums(List<EnumType> v) {
        return new SchemaModel(projectId, title, summary, stack, v, tables, relationships, decisions, openQuestions, diagnostics, notes);
    }

    public SchemaModel withTables(List<Table> v) {
        return new SchemaModel(projectId, title, summary, stack, enums, v, relationships, decisions, openQuestions, diagnostics, notes);
    }

    public SchemaModel withRelationships(List<Relationship> v) {
        return new SchemaModel(projectId, title, summary, stack, enums, tables, v, decisions, openQuestions, diagnostics, notes);
    }

    public SchemaModel withDecisions(List<Decision> v) {
        return new SchemaModel(projectId, title, summary, stack, enums, tables, relationships, v, openQuestions, diagnostics, notes);
    }

    public SchemaModel withOpenQuestions(List<OpenQuestion> v) {
        return new SchemaModel(projectId, title, summary, stack, enums, tables, relationships, decisions, v, diagnostics, notes);
    }

    public SchemaModel withDiagnostics(List<Diagnostic> v) {
        return new SchemaModel(projectId, title, summary, stack, enums, tables, relationships, decisions, openQuestions, v, notes);
    }

    public SchemaModel withNotes(List<DesignNote> v) {
        return new SchemaModel(projectId, title, summary, stack, enums, tables, relationships, decisions, openQuestions, diagnostics, v);
    }
}

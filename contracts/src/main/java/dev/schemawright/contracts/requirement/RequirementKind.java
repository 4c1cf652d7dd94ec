package dev.schemawright.contracts.requirement;

/** The closed set of requirement kinds ingest emits. */
public enum RequirementKind {
    /** "As a X, I want Y so that Z": facets actor, goal, benefit, storyId. */
    USER_STORY,
    /** Facet storyId links it to its story. */
    ACCEPTANCE_CRITERION,
    FUNCTIONAL,
    BUSINESS_RULE,
    VALIDATION_RULE,
    /** Facet category: security, authentication, authorization, multi_tenancy, audit, retention, soft_delete, privacy, performance, scale. */
    NON_FUNCTIONAL,
    /** Facets category (database, auth, orm, hosting, language, framework) and value. */
    TECH_STACK,
    PLANNING_DECISION,
    CLARIFICATION,
    OUT_OF_SCOPE,
    /** One row of a table or field list inside a document: facets hold column-header → cell. */
    DATA_ROW,
    /** Descriptive prose that is none of the above. */
    CONTEXT
}

package dev.schemawright.contracts.requirement;

/** What a document is for; decides how its text is read. */
public enum DocumentRole {
    PRD, TECH_STACK, PLANNING_NOTES, ARCHITECTURE, CLARIFICATIONS, OTHER
}

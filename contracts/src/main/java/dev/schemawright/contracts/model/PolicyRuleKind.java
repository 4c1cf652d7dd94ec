package dev.schemawright.contracts.model;

/** How a row-level-security policy decides access. Renderers build the SQL; see {@link PolicyRule}. */
public enum PolicyRuleKind {
    /** The row's {@code column} equals the current user id. */
    OWNER,
    /** The row's {@code column} references {@code parentTable}, whose {@code parentOwnerColumn} is the current user. */
    PARENT_OWNER,
    /** The row's {@code column} (tenant key) is one of the current user's tenants via {@code parentTable} membership. */
    TENANT_MEMBER,
    /**
     * The row's {@code column} references {@code parentTable}.{@code parentKeyColumn}, a row the current user may read
     * by that table's own SELECT policy: grandchildren of owned or tenant rows, at any depth (added within v1).
     */
    PARENT_ACCESS,
    /** Every authenticated user may (e.g. shared reference data). */
    AUTHENTICATED,
    /** Nobody via the API (service role only). */
    DENY
}

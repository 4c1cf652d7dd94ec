package dev.schemawright.contracts.model;

import java.util.Objects;

/**
 * The condition of a policy. OWNER uses {@code column}. PARENT_OWNER uses {@code column} (FK in this table),
 * {@code parentTable}, {@code parentKeyColumn} and {@code parentOwnerColumn}. TENANT_MEMBER uses {@code column}
 * (tenant key here), {@code parentTable} (membership table), {@code parentKeyColumn} (its tenant key) and
 * {@code parentOwnerColumn} (its user column). PARENT_ACCESS uses {@code column} (FK in this table),
 * {@code parentTable} and {@code parentKeyColumn}; the parent's own SELECT policy decides.
 *
 * <p>{@code orOwnerColumn} (optional, added within v1; absent in older model.json) widens an OWNER, PARENT_OWNER,
 * TENANT_MEMBER or PARENT_ACCESS rule: the row also passes when this column of the row itself holds the current user
 * id. A tenant's creator reads the tenant before their own membership row exists; a member may leave a tenant whose
 * creator manages its memberships. One policy per command stays one policy.
 */
public record PolicyRule(PolicyRuleKind kind, String column, String parentTable, String parentKeyColumn,
                         String parentOwnerColumn, String orOwnerColumn) {
    public PolicyRule {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case OWNER -> Objects.requireNonNull(column, "owner column");
            case PARENT_ACCESS -> {
                Objects.requireNonNull(column, "column");
                Objects.requireNonNull(parentTable, "parentTable");
                Objects.requireNonNull(parentKeyColumn, "parentKeyColumn");
            }
            case PARENT_OWNER, TENANT_MEMBER -> {
                Objects.requireNonNull(column, "column");
                Objects.requireNonNull(parentTable, "parentTable");
                Objects.requireNonNull(parentKeyColumn, "parentKeyColumn");
                Objects.requireNonNull(parentOwnerColumn, "parentOwnerColumn");
            }
            default -> {
                if (orOwnerColumn != null) {
                    throw new IllegalArgumentException("orOwnerColumn widens owner, parent_owner, tenant_member and parent_access rules only, not " + kind);
                }
            }
        }
    }

    /** The v1 shape without an alternative owner column. */
    public PolicyRule(PolicyRuleKind kind, String column, String parentTable, String parentKeyColumn, String parentOwnerColumn) {
        this(kind, column, parentTable, parentKeyColumn, parentOwnerColumn, null);
    }

    public static PolicyRule owner(String column) {
        return new PolicyRule(PolicyRuleKind.OWNER, column, null, null, null);
    }

    public static PolicyRule parentOwner(String column, String parentTable, String parentKeyColumn, String parentOwnerColumn) {
        return new PolicyRule(PolicyRuleKind.PARENT_OWNER, column, parentTable, parentKeyColumn, parentOwnerColumn);
    }

    public static PolicyRule tenantMember(String column, String membershipTable, String membershipKeyColumn, String membershipUserColumn) {
        return new PolicyRule(PolicyRuleKind.TENANT_MEMBER, column, membershipTable, membershipKeyColumn, membershipUserColumn);
    }

    public static PolicyRule parentAccess(String column, String parentTable, String parentKeyColumn) {
        return new PolicyRule(PolicyRuleKind.PARENT_ACCESS, column, parentTable, parentKeyColumn, null);
    }

    public static PolicyRule authenticated() {
        return new PolicyRule(PolicyRuleKind.AUTHENTICATED, null, null, null, null);
    }

    public static PolicyRule deny() {
        return new PolicyRule(PolicyRuleKind.DENY, null, null, null, null);
    }

    public PolicyRule withParentTable(String v) {
        return new PolicyRule(kind, column, v, parentKeyColumn, parentOwnerColumn, orOwnerColumn);
    }

    /** This rule, or the row's {@code v} column is the current user. */
    public PolicyRule orOwner(String v) {
        return new PolicyRule(kind, column, parentTable, parentKeyColumn, parentOwnerColumn, v);
    }
}

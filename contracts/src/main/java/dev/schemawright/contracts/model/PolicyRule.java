package dev.schemawright.contracts.model;

import java.util.Objects;

/**
 * The condition of a policy. OWNER uses {@code column}. PARENT_OWNER uses {@code column} (FK in this table),
 * {@code parentTable}, {@code parentKeyColumn} and {@code parentOwnerColumn}. TENANT_MEMBER uses {@code column}
 * (tenant key here), {@code parentTable} (membership table), {@code parentKeyColumn} (its tenant key) and
 * {@code parentOwnerColumn} (its user column).
 */
public record PolicyRule(PolicyRuleKind kind, String column, String parentTable, String parentKeyColumn,
                         String parentOwnerColumn) {
    public PolicyRule {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case OWNER -> Objects.requireNonNull(column, "owner column");
            case PARENT_OWNER, TENANT_MEMBER -> {
                Objects.requireNonNull(column, "column");
                Objects.requireNonNull(parentTable, "parentTable");
                Objects.requireNonNull(parentKeyColumn, "parentKeyColumn");
                Objects.requireNonNull(parentOwnerColumn, "parentOwnerColumn");
            }
            default -> {
            }
        }
    }

    public static PolicyRule owner(String column) {
        return new PolicyRule(PolicyRuleKind.OWNER, column, null, null, null);
    }

    public static PolicyRule parentOwner(String column, String parentTable, String parentKeyColumn, String parentOwnerColumn) {
        return new PolicyRule(PolicyRuleKind.PARENT_OWNER, column, parentTable, parentKeyColumn, parentOwnerColumn);
    }

    public static PolicyRule authenticated() {
        return new PolicyRule(PolicyRuleKind.AUTHENTICATED, null, null, null, null);
    }
}

package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.Objects;

/**
 * A column condition that narrows a partial index, structured so no raw SQL travels in the model: "only one active
 * session per user" is a unique index on (user_id) WHERE is_completed = false. {@code value} is set for
 * {@link Op#EQUALS} only (a string compared as a literal, e.g. an enum value).
 */
public record IndexCondition(String column, Op op, String value) {
    public enum Op {
        IS_TRUE, IS_FALSE, IS_NULL, IS_NOT_NULL, EQUALS
    }

    public IndexCondition {
        Lists.requireText(column, "index condition column");
        Objects.requireNonNull(op, "index condition op");
        if ((op == Op.EQUALS) != (value != null)) {
            throw new IllegalArgumentException("index condition on " + column + ": a value goes with EQUALS and only with it");
        }
    }

    public static IndexCondition isTrue(String column) {
        return new IndexCondition(column, Op.IS_TRUE, null);
    }

    public static IndexCondition isFalse(String column) {
        return new IndexCondition(column, Op.IS_FALSE, null);
    }

    public static IndexCondition isNull(String column) {
        return new IndexCondition(column, Op.IS_NULL, null);
    }

    public static IndexCondition equalTo(String column, String value) {
        return new IndexCondition(column, Op.EQUALS, value);
    }

    /** Plain words for documents: "is_completed is false", "status = 'active'". */
    public String describe() {
        return switch (op) {
            case IS_TRUE -> column + " is true";
            case IS_FALSE -> column + " is false";
            case IS_NULL -> column + " is null";
            case IS_NOT_NULL -> column + " is not null";
            case EQUALS -> column + " = '" + value + "'";
        };
    }
}

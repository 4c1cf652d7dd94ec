package dev.schemawright.contracts.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A column default as a portable value, never raw SQL. */
public record DefaultValue(DefaultKind kind, String value) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    public DefaultValue {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case STRING, ENUM_VALUE -> Objects.requireNonNull(value, "default value");
            case NUMBER -> {
                if (value == null || !NUMBER.matcher(value).matches()) {
                    throw new IllegalArgumentException("not a number literal: " + value);
                }
            }
            case BOOLEAN -> {
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw new IllegalArgumentException("not a boolean literal: " + value);
                }
            }
            default -> {
                if (value != null) {
                    throw new IllegalArgumentException(kind + " takes no value");
                }
            }
        }
    }

    public static DefaultValue of(DefaultKind kind) {
        return new DefaultValue(kind, null);
    }

    public static DefaultValue string(String s) {
        return new DefaultValue(DefaultKind.STRING, s);
    }

    public static DefaultValue number(String n) {
        return new DefaultValue(DefaultKind.NUMBER, n);
    }

    public static DefaultValue bool(boolean b) {
        return new DefaultValue(DefaultKind.BOOLEAN, Boolean.toString(b));
    }

    public static DefaultValue enumValue(String v) {
        return new DefaultValue(DefaultKind.ENUM_VALUE, v);
    }
}

package dev.schemawright.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive-copy helpers for record canonical constructors: null becomes empty, the result is immutable. */
public final class Lists {
    private Lists() {
    }

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Keeps insertion order (wire format and artifacts are byte-deterministic). */
    public static Map<String, String> orderedCopy(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "facet name"), Objects.requireNonNull(v, "facet value")));
        return Collections.unmodifiableMap(copy);
    }

    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}

package dev.schemawright.conformance.versions;

import java.util.Map;
import java.util.TreeSet;

/** The entries two catalogs disagree on, one line each, for an assertion message a person can act on. */
final class CatalogDifference {
    private CatalogDifference() {
    }

    static String of(Map<String, String> migrated, Map<String, String> fresh) {
        StringBuilder out = new StringBuilder();
        TreeSet<String> keys = new TreeSet<>(migrated.keySet());
        keys.addAll(fresh.keySet());
        for (String k : keys) {
            String a = migrated.get(k);
            String b = fresh.get(k);
            if (a == null) {
                out.append("  missing after the migration: ").append(k).append(" = ").append(b).append('\n');
            } else if (b == null) {
                out.append("  left over by the migration:  ").append(k).append(" = ").append(a).append('\n');
            } else if (!a.equals(b)) {
                out.append("  differs: ").append(k).append("\n    migrated: ").append(a).append("\n    fresh:    ").append(b).append('\n');
            }
        }
        return out.toString();
    }
}

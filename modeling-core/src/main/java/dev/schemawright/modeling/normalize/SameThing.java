package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.lang.Inflection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When two names name the same thing by their form alone: they differ only by inflection of a word
 * ({@code recipes_step} / {@code recipe_steps}) or by a generic head noun that adds nothing ({@code book_info} /
 * {@code book}, {@code recipe_entry} / {@code recipe}). The passes that add tables ask here first, so they reuse a table
 * rather than create its twin, and the duplicate pass merges twins that the readers made.
 */
final class SameThing {
    /** Head nouns that say "a row of" rather than what the row is. */
    static final Set<String> GENERIC_HEADS = Set.of("entry", "item", "record", "info", "information", "data", "detail");

    /** Inflection is regex work; table names repeat across passes and runs, so each name's core is computed once. */
    private static final Map<String, String> CORES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    private SameThing() {
    }

    /** Every word singular, a trailing generic head dropped when something remains: recipe_entries -> recipe. */
    static String core(String name) {
        String cached = CORES.get(name);
        if (cached != null) {
            return cached;
        }
        String core = computeCore(name);
        if (CORES.size() < MAX_CACHED) {
            CORES.put(name, core);
        }
        return core;
    }

    private static String computeCore(String name) {
        String[] words = name.split("_");
        StringBuilder out = new StringBuilder();
        int last = words.length;
        if (words.length > 1 && GENERIC_HEADS.contains(Inflection.singular(words[words.length - 1]))) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            out.append(out.length() > 0 ? "_" : "").append(Inflection.singular(words[i]));
        }
        return out.toString();
    }

    static boolean same(String a, String b) {
        return core(a).equals(core(b));
    }

    /** The first table (not a join table, not {@code except}) that names one of {@code names}, trying the names in order. */
    static Optional<Table> find(SchemaModel m, List<String> names, String except) {
        for (String n : names) {
            for (Table t : m.tables()) {
                if (t.kind() != TableKind.JOIN && !t.name().equals(except) && same(t.name(), n)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}

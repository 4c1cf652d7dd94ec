package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.lang.Inflection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When two names name the same thing by their form alone: they differ only by inflection of a word
 * ({@code recipes_step} / {@code recipe_steps}) or by a generic head noun that adds nothing ({@code book_info} /
 * {@code book}, {@code recipe_entry} / {@code recipe}). The passes that add tables ask here first, so they reuse a table
 * rather than create its twin, and the duplicate pass merges twins that the readers made.
 */
final class SameThing {
    /** Head nouns that say "a row of" rather than what the row is. */
    static final Set<String> GENERIC_HEADS = Set.of("entry", "item", "record", "info", "information", "data", "detail");

    private SameThing() {
    }

    /** Every word singular, a trailing generic head dropped when something remains: recipe_entries -> recipe. */
    static String core(String name) {
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

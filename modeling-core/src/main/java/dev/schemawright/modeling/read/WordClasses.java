package dev.schemawright.modeling.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language's word classes: {@code lang/<code>/words/<class>.txt} on the classpath, one lower-case word per line,
 * {@code #} comments. Classes hold general product-document vocabulary (verbs that create things, words for screens,
 * for documents, for derived figures), never a word of one project's domain. An unknown class fails loudly.
 */
public final class WordClasses {
    private final String language;
    private final Map<String, Set<String>> loaded = new ConcurrentHashMap<>();

    public WordClasses(String language) {
        this.language = language;
    }

    public String language() {
        return language;
    }

    /** The words of class {@code name}. */
    public Set<String> get(String name) {
        return loaded.computeIfAbsent(name, this::load);
    }

    /** Whether the language has word class {@code name} (for optional classes such as {@code list-glue}). */
    public boolean has(String name) {
        return loaded.containsKey(name) || WordClasses.class.getResource("/dev/schemawright/modeling/lang/" + language + "/words/" + name + ".txt") != null;
    }

    public boolean contains(String name, String word) {
        return get(name).contains(word);
    }

    private Set<String> load(String name) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("bad word class name: " + name);
        }
        String resource = "/dev/schemawright/modeling/lang/" + language + "/words/" + name + ".txt";
        try (InputStream in = WordClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown word class @" + name + " (no " + resource + ")");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int hash = line.indexOf('#');
                    String w = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

package dev.schemawright.modeling.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of a word per JVM, shared by all threads. Bounded so hostile input cannot grow it without
 * end: at most {@code maxKeys} keys of at most {@link #MAX_KEY_CHARS} characters (words; anything longer, or anything
 * past the bound, is just computed). Only for functions of the key alone, so what it returns never depends on what ran
 * before: output stays deterministic.
 */
public final class BoundedMemo<V> {
    public static final int MAX_KEY_CHARS = 64;
    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final int maxKeys;

    public BoundedMemo(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    public V get(String key, Function<String, V> compute) {
        if (key.length() > MAX_KEY_CHARS) {
            return compute.apply(key);
        }
        V hit = answers.get(key);
        if (hit != null) {
            return hit;
        }
        V value = compute.apply(key);
        if (answers.size() < maxKeys) {
            answers.put(key, value);
        }
        return value;
    }
}

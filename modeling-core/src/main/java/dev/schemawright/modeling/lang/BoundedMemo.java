package dev.schemawright.modeling.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's answers per JVM, shared by all threads, up to a fixed number of keys so hostile input
 * cannot grow it without end (past the bound it just computes). Only for functions of the key alone, so what it returns
 * never depends on what ran before: output stays deterministic.
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final int maxKeys;

    public BoundedMemo(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    public V get(K key, Function<K, V> compute) {
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

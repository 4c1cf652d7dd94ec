package dev.schemawright.render.naming;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out names unique within one scope (a Prisma schema, a model's fields, a Python module): a taken or reserved
 * name gets the first free numeric suffix, so the result depends only on the order of requests, never on hashing.
 */
public final class NameAllocator {
    private final Set<String> taken = new HashSet<>();
    private final Set<String> reserved;

    public NameAllocator(Set<String> reserved) {
        this.reserved = reserved;
    }

    public String allocate(String wanted) {
        String name = wanted;
        for (int n = 2; taken.contains(name) || reserved.contains(name); n++) {
            name = wanted + n;
        }
        taken.add(name);
        return name;
    }

    /** Claims {@code name} if free and returns true; leaves the scope unchanged otherwise. */
    public boolean claim(String name) {
        if (taken.contains(name) || reserved.contains(name)) {
            return false;
        }
        taken.add(name);
        return true;
    }
}

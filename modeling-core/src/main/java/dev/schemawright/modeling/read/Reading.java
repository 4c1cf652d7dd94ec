package dev.schemawright.modeling.read;

import java.util.List;
import java.util.Map;

/**
 * The result of the reading phase: every claim the readers made, in document order, and how often the prose mentions
 * each noun (by compound name and by head noun), and which nouns each sentence names: how much the documents talk about a
 * thing, and beside what, is evidence too.
 */
public record Reading(List<Claim> claims, Map<String, Mentions> mentions, List<java.util.Set<String>> sentenceNames,
                      Map<String, List<String>> namesBySource) {
    public Reading {
        claims = List.copyOf(claims);
        mentions = Map.copyOf(mentions);
        sentenceNames = List.copyOf(sentenceNames);
        namesBySource = Map.copyOf(namesBySource);
    }

    public static Reading empty() {
        return new Reading(List.of(), Map.of(), List.of(), Map.of());
    }

    /** The nouns a statement names, in the order it names them (compound before its head). */
    public List<String> namesIn(String source) {
        return namesBySource.getOrDefault(source, List.of());
    }

    /** Sentences that name both {@code a} and {@code b}. */
    public int together(String a, String b) {
        int n = 0;
        for (java.util.Set<String> names : sentenceNames) {
            if (names.contains(a) && names.contains(b)) {
                n++;
            }
        }
        return n;
    }

    public Mentions mentions(String name) {
        return mentions.getOrDefault(name, Mentions.NONE);
    }

    /** Claims of one type, in document order. */
    public <T extends Claim> List<T> claims(Class<T> type) {
        return claims.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** {@code count} noun phrases name it, in {@code sentences} distinct sentences, {@code plural} of them in the plural. */
    public record Mentions(int count, int sentences, int plural) {
        public static final Mentions NONE = new Mentions(0, 0, 0);
    }
}

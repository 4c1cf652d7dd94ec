package dev.schemawright.modeling.lang;

/** One sentence after tokenizing, UD part-of-speech tagging and lemmatizing (parallel arrays). */
public record TaggedSentence(String[] tokens, String[] tags, String[] lemmas) {
    public int size() {
        return tokens.length;
    }

    public boolean isNoun(int i) {
        return "NOUN".equals(tags[i]) || "PROPN".equals(tags[i]);
    }

    public boolean isVerb(int i) {
        return "VERB".equals(tags[i]);
    }

    public String lower(int i) {
        return tokens[i].toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.schemawright.modeling.read;

import java.util.List;

/**
 * What reading needs from one natural language: sentences, tokens with UD tags and lemmas, word classes, the rule book
 * and the naming of things. English lives in {@code lang/en/}; each language has the same rule and word files.
 */
public interface Language {
    /** ISO 639-1 code: "en", "pl". */
    String code();

    List<String> sentences(String text);

    Sentence analyze(String sentence);

    WordClasses words();

    RuleBook rules();

    Names names();
}

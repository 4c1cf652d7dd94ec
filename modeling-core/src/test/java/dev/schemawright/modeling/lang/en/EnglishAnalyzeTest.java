package dev.schemawright.modeling.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.modeling.read.Sentence;
import org.junit.jupiter.api.Test;

/** What English.analyze corrects of the statistical tagger, each with the sentence that needs it. */
class EnglishAnalyzeTest {
    private static String tagOf(String sentence, String word) {
        Sentence s = English.shared().analyze(sentence);
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals(word)) {
                return s.tag(i);
            }
        }
        throw new AssertionError(word + " not in " + sentence);
    }

    @Test
    void aVerbParallelToTheListsFirstVerbIsAVerb() {
        // "browse events, place orders and ...": each item a verb and its object
        assertThat(tagOf("Guests browse menus, place orders and pay online.", "place")).isEqualTo("VERB");
        // "ingredients, cook time and notes": no verb opens the list, so a noun run stays nouns
        assertThat(tagOf("Each recipe lists ingredients, cook time and notes.", "cook")).isEqualTo("NOUN");
    }

    @Test
    void belongsAfterItsSubjectIsAVerbAndHasIsAlwaysOne() {
        assertThat(tagOf("The parcel belongs to a depot.", "belongs")).isEqualTo("VERB");
        assertThat(tagOf("Each parcel belongs to a depot and has a tracking number.", "has")).isIn("VERB", "AUX");
    }
}

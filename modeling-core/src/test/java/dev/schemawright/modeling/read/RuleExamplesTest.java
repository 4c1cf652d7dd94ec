package dev.schemawright.modeling.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.modeling.lang.en.English;
import dev.schemawright.modeling.lang.pl.Polish;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reading rule of every language, run on the example sentence written for it: it gives exactly the claims its
 * {@code expect:} line lists, and nothing on its {@code not:} sentences. A rule without a passing example does not ship.
 */
class RuleExamplesTest {
    static List<Language> languages() {
        return List.of(English.shared(), Polish.shared());
    }

    static Stream<Arguments> rules() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : languages()) {
            for (Rule rule : language.rules().rules()) {
                out.add(Arguments.of(language.code() + ":" + rule.id(), language, rule));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theExampleGivesTheExpectedClaims(String id, Language language, Rule rule) {
        List<Claim> claims = new ProseReader(language).apply(rule, language.analyze(rule.example()), "example", Claim.Origin.PROSE, new ArrayList<>());
        assertThat(claims.stream().map(Claim::render).distinct().toList())
                .as(id + " on \"" + rule.example() + "\" " + tokens(language, rule.example()))
                .containsExactlyInAnyOrderElementsOf(rule.expect());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void counterExamplesGiveNothing(String id, Language language, Rule rule) {
        for (String sentence : rule.counterExamples()) {
            List<Claim> claims = new ProseReader(language).apply(rule, language.analyze(sentence), "example", Claim.Origin.PROSE, new ArrayList<>());
            assertThat(claims.stream().map(Claim::render).toList()).as(id + " on \"" + sentence + "\" " + tokens(language, sentence)).isEmpty();
        }
    }

    @Test
    void anAttributeHeadedCompoundWhereOnlyAThingStandsIsThatThing() {
        // "a room type" reads as the type of a room in a field list, and as rows of room types at a link's end or as the
        // owner of fields of its own
        Language en = English.shared();
        Rule belongs = en.rules().rules().stream().filter(r -> r.id().equals("links/belongs-to")).findFirst().orElseThrow();
        Rule eachWith = en.rules().rules().stream().filter(r -> r.id().equals("fields/each-with")).findFirst().orElseThrow();
        List<Claim> claims = new ProseReader(en).apply(belongs, en.analyze("Each room belongs to a room type."), "example", Claim.Origin.PROSE, new ArrayList<>());
        new ProseReader(en).apply(eachWith, en.analyze("The hotel lists several room types, each with a name and a nightly price."), "example",
                Claim.Origin.PROSE, claims);
        assertThat(claims.stream().map(Claim::render).toList()).contains("link room -> room_type part-of", "field room_type.name",
                "field room_type.nightly_price");
    }

    @Test
    void everyRuleHasAnAnchorOrIsAShortList() {
        for (Language language : languages()) {
            long free = language.rules().rules().stream().filter(r -> r.pattern().anchors().isEmpty()).count();
            // rules without an anchor word run on every sentence: keep them few (the prefilter is what makes reading fast)
            assertThat(free).as(language.code() + " rules without anchors").isLessThanOrEqualTo(language.rules().rules().size() / 3);
        }
    }

    private static String tokens(Language language, String sentence) {
        Sentence s = language.analyze(sentence);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            b.append(s.token(i)).append('/').append(s.tag(i)).append('/').append(s.lemma(i)).append(' ');
        }
        return b.toString();
    }
}

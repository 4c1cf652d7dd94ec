package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * RelationshipPass tries entity-first patterns only where an entity form starts: over generated sentences (fixed seed),
 * the statements it keeps and the matches it finds are exactly those of a plain find() over every statement.
 */
class RelationshipMatchesTest {
    private static final List<String> FORMS = List.of("quiz attempts", "quiz attempt", "quizzes", "quiz", "decks", "deck", "cards", "card", "tag");
    private static final List<String> FILLER = List.of("has", "have", "many", "with", "its", "the", "user's", "'s", "for", "a", "each", "of",
            "belongs to", "per", "attempts", "x", ",", "decks's", "cardboard", "mydeck");

    @Test
    void entityFirstMatchesEqualPlainFind() {
        String alt = FORMS.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String e = "(" + alt + ")";
        String entityFirst = "\\b" + e;
        List<Pattern> patterns = List.of(
                Pattern.compile(entityFirst + "\\s+(?:has|have)\\s+(?:many\\s+)?(?:\\w+\\s+)?" + e + "\\b"),
                Pattern.compile(entityFirst + "(?:'s|’s)\\s+" + e + "\\b"),
                Pattern.compile(entityFirst + "\\s+" + e + "\\b"),
                Pattern.compile("\\b(?:add|with)\\s+" + e + "\\s+(?:for|of)\\s+(?:a|each)?\\s*" + e + "\\b"));
        Random random = new Random(42);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                List<String> from = random.nextBoolean() ? FORMS : FILLER;
                text.append(from.get(random.nextInt(from.size()))).append(random.nextInt(8) == 0 ? "" : " ");
            }
            statements.add(new Statement("r" + i, RequirementKind.FUNCTIONAL, DocumentRole.PRD, "prd.md", List.of(), i, text.toString(),
                    text.toString(), Map.of()));
        }
        List<RelationshipPass.Naming> naming = RelationshipPass.namingTwoEntities(statements, FORMS);
        int found = 0;
        int kept = 0;
        for (Statement s : statements) {
            List<RelationshipPass.Naming> mine = naming.stream().filter(n -> n.statement() == s).toList();
            for (Pattern p : patterns) {
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    expected.add(describe(m));
                }
                List<String> actual = mine.isEmpty() ? List.of() : mine.get(0).matches(p, entityFirst).stream().map(RelationshipMatchesTest::describe).toList();
                assertThat(actual).as(p + " on «" + s.text() + "»").isEqualTo(expected);
                found += expected.size();
            }
            kept += mine.size();
        }
        assertThat(found).isGreaterThan(300);
        assertThat(kept).isLessThan(statements.size());
    }

    private static String describe(MatchResult m) {
        StringBuilder out = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            out.append('|').append(m.group(g));
        }
        return out.toString();
    }
}

package dev.schemawright.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Crafted text must design (or fail with {@link DesignTimeExceededException}) within the budget, never hold the thread:
 * statements are capped, patterns carry no nested unbounded quantifiers, and every reader checks the deadline per
 * statement. Each shape below once was, or could be, the worst case of some pattern; each is tried as prose, as planning
 * notes and as a code block. The budget is far above what a design of this size takes (tens of milliseconds), so only a
 * runaway pattern can reach it.
 */
class HostileTextTest {
    private static final Duration BUDGET = Duration.ofSeconds(5);

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("table to identifiers", "The orders table and the invoices table hold to ", i -> "x_" + name(i), " to "),
                shape("comma list", "Each user has ", i -> "field" + name(i), ", "),
                shape("and list", "A deck has a ", i -> "word" + name(i), " and a "),
                shape("table names", "", i -> "the t" + name(i) + " table", " and "),
                shape("long snake identifier", "Use ", i -> name(i), "_"),
                shape("arrows", "", i -> "t" + name(i), " -> "),
                shape("nested parentheses", "t (", i -> "(", ""),
                shape("backticked columns", "`t` (", i -> "`c" + name(i) + "` text", ", "),
                shape("table row", "| ", i -> "cell " + name(i), " | "),
                shape("repeated cue", "", i -> "each user has many decks", " and "),
                shape("no spaces", "", i -> "a", ""),
                shape("dotted names", "", i -> "t" + name(i) + ".c" + name(i), " "),
                shape("possessives", "", i -> "the user's deck's", " "),
                shape("stories", "", i -> "As a user I want to create decks", " so that "),
                shape("unique per", "Names must be unique ", i -> "for each t" + name(i), " and "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void craftedProseDesignsWithinItsBudget(String shape, String text) {
        for (DocumentRole role : List.of(DocumentRole.PRD, DocumentRole.PLANNING_NOTES)) {
            assertThat(new SchemaDesigner().design("hostile", List.of(requirement(text, role, Map.of())), BUDGET).tables())
                    .as(shape + " in " + role).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void craftedCodeBlocksDesignWithinTheirBudget(String shape, String text) {
        for (String language : List.of("sql", "prisma", "mermaid", "")) {
            String block = "sql".equals(language) ? "CREATE TABLE t (\n" + text.replace(", ", ",\n") : text.replace(" and ", "\n");
            assertThat(new SchemaDesigner().design("hostile", List.of(requirement(block, DocumentRole.PLANNING_NOTES, Map.of("code", language))), BUDGET)
                    .tables()).as(shape + " as " + language).isNotNull();
        }
    }

    @Test
    void aDesignPastItsBudgetFailsWithTheReason() {
        List<Requirement> many = new ArrayList<>();
        IntStream.range(0, 400).forEach(i -> many.add(requirement("Users can create, edit and delete item" + name(i) + "s with a title and a note.",
                DocumentRole.PRD, Map.of())));
        assertThatThrownBy(() -> new SchemaDesigner().design("slow", many, Duration.ofNanos(1)))
                .isInstanceOf(DesignTimeExceededException.class)
                .hasMessageStartingWith(DesignTimeExceededException.CODE);
    }

    @Test
    void anInterruptedDesignStops() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new SchemaDesigner().design("interrupted", List.of(requirement("Users create decks.", DocumentRole.PRD, Map.of()))))
                    .isInstanceOf(DesignTimeExceededException.class);
        } finally {
            Thread.interrupted();
        }
    }

    private static Arguments shape(String name, String head, IntFunction<String> item, String separator) {
        StringBuilder s = new StringBuilder(head);
        for (int i = 0; s.length() < 20_000; i++) {
            s.append(i == 0 ? "" : separator).append(item.apply(i));
        }
        return Arguments.of(name, s.append('.').toString());
    }

    /** aaa, aab, aac...: distinct words, as a crafted document would use to defeat caching. */
    private static String name(int i) {
        return "" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    private static Requirement requirement(String text, DocumentRole role, Map<String, String> facets) {
        String document = role == DocumentRole.PRD ? "prd.md" : "db-planning-notes.md";
        return new Requirement(document + "#L1", RequirementKind.CONTEXT, text, new Source(document, role, List.of(), 1, 1), null, facets);
    }
}

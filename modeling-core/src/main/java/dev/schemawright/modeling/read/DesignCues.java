package dev.schemawright.modeling.read;

import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a data architect reads around the schema, once per run: sentences that say what a thing is for (an entity's
 * purpose), sentences about who besides the owner sees data (sharing, recipients, members, roles and the actors of
 * the stories), figures of volume and limits, and what the documents leave out of scope. The explain passes turn them
 * into table purposes, access paths, questions and notes; no pass below reads the text for them.
 *
 * <p>Rules are data: each {@link Rule} has a name, an example sentence it must match and its pattern, and one
 * parameterized test runs every example ({@code DesignCuesTest}). Patterns hold general product-document words only.
 */
public final class DesignCues {
    /** What one rule recognises. */
    public enum Kind {
        /** The sentence says what {@code subject} is or is for. */
        PURPOSE,
        /** Someone besides the owner ({@code subject}, when named) sees or uses data. */
        SHARING,
        /** A figure of volume or a limit. */
        VOLUME
    }

    /** One rule: a name, the example sentence it must match (lower case, as statements are matched), its pattern. */
    public record Rule(String name, Kind kind, String example, Pattern pattern) {
        static Rule of(String name, Kind kind, String example, String regex) {
            return new Rule(name, kind, example, Pattern.compile(regex));
        }
    }

    /** A sentence one rule matched: {@code subject} is the noun group it names (lower case words, may be empty). */
    public record Cue(String rule, Kind kind, String subject, String text, String source) {
    }

    /**
     * The whole reading of a run. {@code outOfScope}: statements intake set aside as out of scope or future. The actors
     * of user stories other than plain users ("as a landlord, ...") are SHARING cues of rule {@value #STORY_ACTOR},
     * one per actor, from the story that first names them.
     */
    public record Reading(List<Cue> cues, List<Statement> outOfScope) {
        public Reading {
            cues = List.copyOf(cues);
            outOfScope = List.copyOf(outOfScope);
        }

        public List<Cue> of(Kind kind) {
            return cues.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    private static final String THING = "(?<subject>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}?)";
    private static final String DET = "(?:(?:an?|the|each|every|one|their|his|her|its|own|new|multiple|several|many) )*";
    private static final String ROLE = "(?<subject>admin(?:istrator)?s?|moderators?|owners?|members?|editors?|viewers?|guests?|"
            + "collaborators?|teammates?|recipients?|receivers?|clients?|customers?|tenants?|managers?|reviewers?|followers?|friends?)";

    /** The rules, most specific first within each kind; a sentence gives at most one cue per kind. */
    public static final List<Rule> RULES = List.of(
            Rule.of("definition-is", Kind.PURPOSE, "a deck is a named set of flashcards owned by one user.",
                    "^" + DET + THING + " (?:is|represents|describes|stores|holds|records|captures|groups|collects|contains) (?:an?|the|one|all|each|every) \\w"),
            Rule.of("definition-are", Kind.PURPOSE, "decks are named sets of flashcards that users study.",
                    "^" + THING + " (?:are|represent|describe|store|hold|record|capture|group|collect) (?!able\\b|not\\b|shown\\b|displayed\\b|listed\\b|sorted\\b|saved\\b|stored\\b)(?:\\w+ ){0,2}?\\w+s\\b"),
            Rule.of("definition-colon", Kind.PURPOSE, "deck: a named set of flashcards owned by one user",
                    "^" + THING + " ?(?::|—|–| - ) ?(?:an?|the|one) \\w+"),
            Rule.of("create-to", Kind.PURPOSE, "users can create decks to organize their flashcards by subject.",
                    "\\b(?:create|add|keep|save|manage|record|log|track|store|organi[sz]e|build|import|write|upload|plan|schedule) " + DET + THING
                            // "to organize" says what for; "to my queue" only says where
                            + " (?:to (?!(?:my|the|their|a|an|his|her|our|your|its|this|that|these|those|them|it|me|us|him|one|each)\\b)\\w+"
                            + "|so (?:that|they|i|we)|in order to|that (?:help|let|show|describe))\\b"),
            Rule.of("shared-with", Kind.SHARING, "users can share a brief with a client by link.",
                    "\\bshar(?:e|es|ed|ing)\\b[^.]{0,60}?\\bwith\\b (?:(?:an?|the|their|his|her|other|another|selected|specific|up to|at most|maximum|max\\.?|minimum|\\d[\\d,]*) )*(?<subject>[a-z]+)"),
            Rule.of("role-can-see", Kind.SHARING, "clients can view the briefs of their projects.",
                    "\\b" + ROLE + " (?:can|may|should be able to|must be able to|are able to) (?:also )?(?:see|view|read|access|open|browse|edit|approve|review|comment on|download|manage)\\b"),
            Rule.of("role-noun", Kind.SHARING, "the administrator manages the buildings and their meters.",
                    "\\b(?:the |an? )?(?<subject>admin(?:istrator)?s?|moderators?|recipients?|receivers?|collaborators?|teammates?)\\b"),
            Rule.of("invite", Kind.SHARING, "a user invites friends to the group by e-mail.",
                    "\\binvit(?:e|es|ed|ing|ations?)\\b(?: (?:an?|the|other|their|new) )?(?<subject>[a-z]+)?"),
            Rule.of("membership", Kind.SHARING, "members of a household share its shopping list.",
                    "\\b(?:(?<subject>members?|membership) (?:of|in)\\b|join(?:s|ed|ing)? (?:an?|the|their) [a-z]+)"),
            Rule.of("public", Kind.SHARING, "published recipes are visible to everyone.",
                    "\\b(?:public(?:ly)? (?:visible|available|listed|profile|page|link)|visible to (?:everyone|all users|other users|anyone|the public)|"
                            + "anyone (?:can|may) (?:see|view|read|browse)|(?<subject>other users) (?:can|may) (?:see|view|read|browse))\\b"),
            Rule.of("limit", Kind.VOLUME, "a user can keep up to 500 cards per deck.",
                    "\\b(?:up to|at most|maximum(?: of)?|max\\.?|no more than|limit(?:ed)? (?:of|to)|not exceed(?:ing)?|a cap of) ~?\\d[\\d,. ]*(?:k|m|thousand|million)? (?<subject>[a-z]+)"),
            Rule.of("volume", Kind.VOLUME, "the system should handle 10,000 users and 100k api calls per day.",
                    "\\b\\d[\\d,.]*(?:k|m| thousand| million)? (?<subject>(?:concurrent |active |daily )?(?:users|records|rows|requests|calls|api calls|items|entries|events|"
                            + "transactions|messages|documents|files|uploads|searches|visits|sessions))\\b(?: (?:per|a|each) (?:day|month|second|minute|hour|year|user))?"));

    public static final String STORY_ACTOR = "story-actor";
    /** "shared with me / them": the sentence names nobody in particular. */
    private static final Set<String> PRONOUNS = Set.of("me", "them", "us", "you", "him", "her", "it", "others", "anyone", "everyone", "someone");
    private static final Set<String> GENERIC_ACTORS = Set.of("user", "users", "visitor", "person", "system", "developer", "product owner", "team");

    private DesignCues() {
    }

    /** The reading of a run, computed once and shared through the context. */
    public static Reading of(DesignContext ctx) {
        return ctx.remember("design-cues", () -> read(ctx.intake()));
    }

    public static Reading read(Intake intake) {
        List<Cue> cues = new ArrayList<>();
        Set<String> actors = new LinkedHashSet<>();
        for (Statement s : intake.statements()) {
            if (s.isHeading() || s.text().isBlank()) {
                continue;
            }
            cues.addAll(match(s.text(), s.id()));
            String actor = s.kind() == RequirementKind.USER_STORY ? s.facets().getOrDefault("actor", "") : "";
            String a = actor.toLowerCase(Locale.ROOT).strip();
            // "new user", "user with no play history": plain users, whatever else the story says of them
            boolean generic = GENERIC_ACTORS.stream().anyMatch(g -> a.equals(g) || a.endsWith(" " + g)) || a.matches("(?:.*\\W)?users?(?:\\W.*)?");
            if (!a.isEmpty() && !generic && a.length() <= 40 && actors.add(a)) {
                cues.add(new Cue(STORY_ACTOR, Kind.SHARING, a, s.text().strip(), s.id()));
            }
        }
        // answers of a clarifications document are set aside too, but they are answers, not scope
        // ("None.", "Out of scope (MVP)." are a list's placeholder and label, not a thing left out)
        List<Statement> out = intake.excluded().stream().filter(s -> !s.isHeading() && s.text().strip().split("\\s+").length >= 4
                && s.kind() != RequirementKind.CLARIFICATION
                && s.role() != dev.schemawright.contracts.requirement.DocumentRole.CLARIFICATIONS).toList();
        return new Reading(cues, out);
    }

    /** The cues one sentence gives: the first matching rule of each kind. */
    public static List<Cue> match(String text, String source) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        List<Cue> out = new ArrayList<>();
        Set<Kind> seen = new LinkedHashSet<>();
        for (Rule r : RULES) {
            if (seen.contains(r.kind())) {
                continue;
            }
            Matcher m = r.pattern().matcher(lower);
            if (m.find()) {
                String subject = m.group("subject") == null ? "" : m.group("subject").strip();
                out.add(new Cue(r.name(), r.kind(), PRONOUNS.contains(subject) ? "" : subject, text.strip(), source));
                seen.add(r.kind());
            }
        }
        return out;
    }
}

package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.requirement.DocumentRole;
import java.util.List;
import java.util.Locale;

/** Infers a document's role from its file name, else from its first headings and tags, when no role was given. */
public final class DocumentRoles {
    private record Rule(DocumentRole role, Phrases name, Phrases headings) {
    }

    /** Tested in order: "db-planning-notes" is planning notes before anything else matches "plan". */
    private static final List<Rule> RULES = List.of(
            new Rule(DocumentRole.PLANNING_NOTES, Phrases.of("db[-_ ]?plan", "planning", "session[-_ ]?notes", "meeting"),
                    Phrases.of("conversation_summary", "planning session", "database planning", "planning_summary",
                            "sesj\\w* planowania")),
            new Rule(DocumentRole.TECH_STACK, Phrases.of("tech[-_ ]?stack", "stack", "technolog"),
                    Phrases.of("tech stack", "technology stack", "stos technologiczny", "stack technologiczny")),
            new Rule(DocumentRole.ARCHITECTURE, Phrases.of("architect", "adr"),
                    Phrases.of("architecture guide", "architecture overview", "architektur")),
            new Rule(DocumentRole.CLARIFICATIONS, Phrases.of("clarif", "faq", "answers", "questions", "q-?and-?a"),
                    Phrases.of("clarifications?", "questions and answers", "doprecyzowan", "wyjaśnie")),
            new Rule(DocumentRole.PRD, Phrases.of("prd", "product[-_ ]?requirements", "requirements", "spec"),
                    Phrases.of("product requirements", "prd", "user stories", "historyjki użytkownika", "wymagania produktu")));

    private DocumentRoles() {
    }

    public static DocumentRole resolve(DocumentRole explicit, String name, List<String> headings) {
        if (explicit != null) {
            return explicit;
        }
        String base = name.toLowerCase(Locale.ROOT).replaceAll("\\.[a-z0-9]+$", "");
        for (Rule rule : RULES) {
            if (rule.name().in(base)) {
                return rule.role();
            }
        }
        List<String> top = headings.subList(0, Math.min(headings.size(), 5));
        for (Rule rule : RULES) {
            if (rule.headings().inAny(top)) {
                return rule.role();
            }
        }
        return DocumentRole.OTHER;
    }
}

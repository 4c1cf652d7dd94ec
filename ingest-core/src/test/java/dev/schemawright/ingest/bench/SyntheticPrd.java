package dev.schemawright.ingest.bench;

import java.nio.charset.StandardCharsets;

/**
 * A deterministic, PRD-shaped Markdown document of about the requested size: numbered sections with functional
 * requirements, user stories with acceptance criteria, a field table, non-functional notes and an out-of-scope list.
 * Every line differs (counters and a rotating vocabulary), so it is not "repetitive content".
 */
public final class SyntheticPrd {
    private static final String[] NOUNS = {"project", "invoice", "customer", "order", "report", "comment", "team",
            "document", "schedule", "payment", "ticket", "category", "review", "address", "device", "budget"};
    private static final String[] VERBS = {"create", "archive", "share", "approve", "export", "assign", "edit",
            "delete", "comment on", "tag", "duplicate", "restore"};
    private static final String[] ROLES = {"manager", "member", "guest", "administrator", "reviewer", "owner"};

    private SyntheticPrd() {
    }

    public static byte[] ofSize(int bytes) {
        StringBuilder md = new StringBuilder(bytes + 4096);
        md.append("# Product Requirements Document (PRD) - Synthetic\n\n");
        int section = 0;
        while (md.length() < bytes) {
            section++;
            appendSection(md, section);
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendSection(StringBuilder md, int n) {
        String noun = NOUNS[n % NOUNS.length];
        md.append("## ").append(n).append(". ").append(cap(noun)).append(" area ").append(n).append("\n\n");
        md.append("The ").append(noun).append(" area ").append(n).append(" covers how teams work with ").append(noun)
                .append("s. Each ").append(noun).append(" belongs to exactly one workspace ").append(n)
                .append(". Users can see only the ").append(noun).append("s of their own workspace.\n\n");
        md.append("### Functional Requirements\n\n");
        for (int i = 1; i <= 6; i++) {
            md.append("- FR-").append(n).append('-').append(i).append(": Users can ").append(VERBS[(n + i) % VERBS.length])
                    .append(" a ").append(noun).append(" with a title of at most ").append(40 + i * 10).append(" characters.\n");
        }
        md.append("\n### User Stories\n\n");
        for (int i = 1; i <= 3; i++) {
            String role = ROLES[(n + i) % ROLES.length];
            md.append("- ID: US-").append(n * 10 + i).append('\n')
                    .append("  Title: ").append(cap(VERBS[(n * i) % VERBS.length])).append(' ').append(noun).append(' ').append(n).append('\n')
                    .append("  Description: As a ").append(role).append(", I want to ").append(VERBS[(n * i) % VERBS.length])
                    .append(" a ").append(noun).append(" in batch ").append(n).append('.').append(i)
                    .append(" so that my team stays up to date.\n")
                    .append("  Acceptance Criteria:\n")
                    .append("  - Given a saved ").append(noun).append(", when I ").append(VERBS[(n + i) % VERBS.length])
                    .append(" it, then the change is visible within ").append(i).append(" seconds.\n")
                    .append("  - The ").append(noun).append(" keeps its history entry number ").append(n * 100 + i).append(".\n\n");
        }
        md.append("| Field | Type | Rule |\n|---|---|---|\n");
        for (int i = 1; i <= 4; i++) {
            md.append("| ").append(noun).append("_field_").append(n).append('_').append(i).append(" | text | required, max ")
                    .append(i * 25).append(" |\n");
        }
        md.append("\nAll ").append(noun).append(" data of area ").append(n)
                .append(" is encrypted at rest and deleted items stay in the trash for ").append(30 + n % 60).append(" days.\n\n");
        md.append("Out of scope:\n\n- Importing ").append(noun).append("s from spreadsheet version ").append(n).append(".\n\n");
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

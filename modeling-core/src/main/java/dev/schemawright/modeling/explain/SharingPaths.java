package dev.schemawright.modeling.explain;

import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.read.DesignCues;
import dev.schemawright.modeling.read.DesignCues.Cue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each sentence of the documents about who besides the owner sees data (a {@link DesignCues.Kind#SHARING} cue)
 * onto the access path the policies give it: recipients named on a row, members of a group, shared data every signed-in
 * user reads, owners. What maps becomes a decision ({@link DecisionPass}); what does not, a question
 * ({@link OpenQuestionPass}), so no role or sharing phrase of the documents goes unanswered.
 */
final class SharingPaths {
    /** An access path of the design and the sentences it answers. */
    record Path(String id, String topic, String choice, List<Cue> cues) {
    }

    private SharingPaths() {
    }

    /** The paths the documents' sharing sentences map onto, in a stable order, each with the cues it answers. */
    static List<Path> mapped(SchemaModel m, List<Cue> sharing) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Cue c : sharing) {
            path(m, c).ifPresent(p -> {
                Path existing = out.get(p.id());
                List<Cue> cues = new ArrayList<>(existing == null ? List.of() : existing.cues());
                cues.add(c);
                out.put(p.id(), new Path(p.id(), p.topic(), p.choice(), cues));
            });
        }
        return List.copyOf(out.values());
    }

    /** The cues no path of the design answers. */
    static List<Cue> unmapped(SchemaModel m, List<Cue> sharing) {
        return sharing.stream().filter(c -> path(m, c).isEmpty()).toList();
    }

    static boolean administrator(Cue c) {
        return administrator(c.subject());
    }

    static boolean administrator(String who) {
        return who.matches("admin(istrator)?s?|moderators?");
    }

    /** One name per person: "admins" and "administrator" are the administrator. */
    static String person(String who) {
        return who.matches("admin(istrator)?s?") ? "administrator" : who;
    }

    private static Optional<Path> path(SchemaModel m, Cue c) {
        String who = Inflection.singular(c.subject().replace(' ', '_'));
        List<String> recipients = recipientColumns(m);
        List<String> tenantTables = tablesWithRead(m, PolicyRuleKind.TENANT_MEMBER);
        List<String> shared = tablesWithRead(m, PolicyRuleKind.AUTHENTICATED);
        List<String> owned = ownerColumns(m);
        if (who.equals("owner") || owned.stream().anyMatch(col -> col.endsWith("." + who + "_id"))) {
            return Optional.of(new Path("access-owner", "owners", "Owners read and change their own rows through "
                    + String.join(", ", owned.isEmpty() ? List.of("no owner column yet") : owned), List.of()));
        }
        boolean membership = c.rule().equals("membership") || c.rule().equals("invite") || who.equals("member") || who.equals("teammate")
                || who.equals("collaborator");
        if (membership && !tenantTables.isEmpty()) {
            return Optional.of(new Path("access-members", "members", "Members of a group read and write its rows through the membership table ("
                    + String.join(", ", tenantTables) + ")", List.of()));
        }
        if (!administrator(c) && !membership && !recipients.isEmpty() && (c.rule().equals("shared-with") || c.subject().isBlank()
                || recipients.stream().anyMatch(r -> r.endsWith("." + who + "_id") || r.endsWith("." + who) || who.startsWith("recipient") || who.startsWith("receiver")))) {
            return Optional.of(new Path("access-recipients", "recipients", "The user a row names reads it, only its owner changes it ("
                    + String.join(", ", recipients) + ")", List.of()));
        }
        if (c.rule().equals("public") && !shared.isEmpty()) {
            return Optional.of(new Path("access-shared", "shared data", "Every signed-in user reads " + String.join(", ", shared)
                    + "; only the service role writes them; visitors who are not signed in read nothing", List.of()));
        }
        return Optional.empty();
    }

    /** "table.column" of each owner column a SELECT policy checks. */
    static List<String> ownerColumns(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            for (Policy p : t.policies()) {
                if (p.command() == PolicyCommand.SELECT && p.rule().kind() == PolicyRuleKind.OWNER) {
                    out.add(t.name() + "." + p.rule().column());
                }
            }
        }
        return out;
    }

    /** "table.column" for each SELECT policy that lets the user a row names read it besides its owner. */
    static List<String> recipientColumns(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            for (Policy p : t.policies()) {
                if (p.command() == PolicyCommand.SELECT && p.rule().kind() == PolicyRuleKind.OWNER && p.rule().orOwnerColumn() != null) {
                    out.add(t.name() + "." + p.rule().orOwnerColumn());
                }
            }
        }
        return out;
    }

    private static List<String> tablesWithRead(SchemaModel m, PolicyRuleKind kind) {
        return m.tables().stream().filter(t -> t.policies().stream().anyMatch(p -> p.command() == PolicyCommand.SELECT && p.rule().kind() == kind))
                .map(Table::name).toList();
    }
}

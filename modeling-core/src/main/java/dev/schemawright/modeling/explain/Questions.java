package dev.schemawright.modeling.explain;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.modeling.lang.Inflection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The questions the design puts to the product owner, their assumptions and the answers it applies, worded in one
 * place: {@link OpenQuestionPass} asks them, the clarify passes answer them, and a product owner who restates one is
 * recognised by the patterns here. Ids name singular domain names ({@code q-parent-card-deck}), the same before and
 * after the naming pass, so an id stays stable across runs and can be answered by.
 * <p>
 * {@code table} turns a domain name into the table name documents show: identity once names are physical, the naming
 * pass's convention before that.
 */
public final class Questions {
    public static final String M2M = "q-m2m-";
    public static final String OPTIONAL = "q-optional-";
    public static final String PARENT = "q-parent-";
    public static final String ENUM = "q-enum-";
    public static final String SHARED = "q-shared-";
    public static final String VALUES = "q-values-";
    /** A table the documents name but give no field of its own. */
    public static final String FIELDS = "q-fields-";
    /** Whether a state column's earlier values must be kept. */
    public static final String HISTORY = "q-history-";
    /** Whether a counted or summed column is entered or computed. */
    public static final String DERIVED = "q-derived-";
    /** Whether a stated limit is the database's to enforce. */
    public static final String LIMIT = "q-limit-";
    /** Who besides the owner reads or changes rows, where the documents say so but the design has no access path. */
    public static final String ACCESS = "q-access-";
    /** How much data the prototype must hold, when the documents give no figure. */
    public static final String VOLUME = "q-volume";
    /** Any question id in a text ("q-parent-card-deck: no, ..."); table names use '_', never '-'. */
    public static final Pattern ID = Pattern.compile("\\bq-(?:(?:m2m|optional|parent|enum|shared|values|fields|history|derived|limit|access)-[a-z0-9_]{1,63}(?:-[a-z0-9_]{1,63})?|volume)\\b");

    // a product owner who quotes a question back (lower case, articles loose): the groups name the subjects
    public static final Pattern RESTATED_PARENT = Pattern.compile("^can (?:a|an) (.+?) belong to more than one (.+?)\\W*$");
    public static final Pattern RESTATED_M2M = Pattern.compile("^can (?:a|an) (.+?) have several (.+?),? and can one (.+?) be used by several (.+?)\\W*$");
    public static final Pattern RESTATED_OPTIONAL = Pattern.compile("^must every (.+?) belong to (?:a|an) (.+?)\\W*$");
    public static final Pattern RESTATED_ENUM = Pattern.compile("^is the list of values for (.+?) \\((.*)\\) complete\\W*$");
    public static final Pattern RESTATED_SHARED = Pattern.compile("^are (.+?) shared by all users,? or does each user keep their own\\W*$");
    public static final Pattern RESTATED_VALUES = Pattern.compile("^is the list of allowed values for ([a-z0-9_]+)\\.([a-z0-9_]+) final\\W*$");

    private Questions() {
    }

    /** The one question a relationship raises: many-to-many links and required parents ask about cardinality, optional ones about the parent. */
    public static OpenQuestion raisedBy(Relationship r, UnaryOperator<String> table) {
        return r.cardinality() != Cardinality.MANY_TO_MANY && r.optional() ? optionality(r, table) : cardinality(r, table);
    }

    /** "Can a card belong to more than one deck?" (1:N), or whether both sides of an M:N link take several. */
    public static OpenQuestion cardinality(Relationship r, UnaryOperator<String> table) {
        String one = words(r.from());
        String many = words(r.to());
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            return new OpenQuestion(M2M + key(r.via()), "Can " + article(one) + " have several " + Inflection.plural(many) + ", and can one " + many
                    + " be used by several " + Inflection.plural(one) + "?", manyToMany(table.apply(r.via())), r.sources());
        }
        return new OpenQuestion(PARENT + key(r.to()) + "-" + key(r.from()), "Can " + article(many) + " belong to more than one " + one + "?",
                r.optional() ? "No: each " + many + " has at most one " + one + " (one-to-many, optional)."
                        : "No: each " + many + " has exactly one " + one + " (one-to-many, deleted with it).", r.sources());
    }

    /** "Must every card belong to a deck?", with what the design does now as the assumption. */
    public static OpenQuestion optionality(Relationship r, UnaryOperator<String> table) {
        return new OpenQuestion(OPTIONAL + key(r.to()) + "-" + key(r.from()), "Must every " + words(r.to()) + " belong to " + article(words(r.from())) + "?",
                r.optional() ? optionalParent(r, table) : requiredParent(r, table), r.sources());
    }

    public static OpenQuestion enumValues(EnumType e) {
        return new OpenQuestion(ENUM + e.name(), "Is the list of values for " + e.name().replace('_', ' ') + " (" + String.join(", ", e.values()) + ") complete?",
                "Yes for now: an enum type; adding a value later is a migration.", e.sources());
    }

    /** {@code assumption} is blank when the question is answered before the design has taken one. */
    public static OpenQuestion sharing(String domainName, UnaryOperator<String> table, String assumption, List<String> sources) {
        return new OpenQuestion(SHARED + key(domainName), "Are " + table.apply(domainName).replace('_', ' ') + " shared by all users, or does each user keep their own?",
                assumption, sources);
    }

    public static OpenQuestion checkValues(String table, String column, List<String> sources) {
        return new OpenQuestion(VALUES + key(table), "Is the list of allowed values for " + table + "." + column + " final?", "Yes: enforced by a CHECK.", sources);
    }

    /** "What does a backlog hold besides its links?": a table with keys and timestamps only. */
    public static OpenQuestion fields(String table, boolean profile, List<String> owned, List<String> sources) {
        String thing = words(table);
        if (profile) {
            String rows = owned.isEmpty() ? "" : "; the user's " + String.join(", ", owned.stream().limit(4).map(Questions::words).toList())
                    + " hang from the account directly";
            return new OpenQuestion(FIELDS + key(table), "What does the product keep about a user beyond the sign-in account (a display name, preferences, a role)?",
                    "Nothing yet: " + table + " holds the account's key and timestamps" + rows + ".", sources);
        }
        return new OpenQuestion(FIELDS + key(table), "What does " + article(thing) + " record besides its links? The documents name " + Inflection.plural(thing)
                + " but no field of their own.", "Keys and timestamps only: " + table + " keeps its place so the references to it hold; its fields come with the answer.", sources);
    }

    /** "When a task's status changes, must the earlier status be kept?" */
    public static OpenQuestion history(String table, String column, List<String> sources) {
        String thing = words(table);
        String what = column.replace('_', ' ');
        return new OpenQuestion(HISTORY + key(table) + "-" + column, "When " + article(thing) + "'s " + what + " changes, must the earlier " + what
                + " and the time of the change be kept?", "No: " + table + "." + column + " holds the current value only; a history would be an append-only "
                + key(table) + "_" + column + "_changes table.", sources);
    }

    /** "Is decks.card_count entered or computed?" */
    public static OpenQuestion derived(String table, String column, List<String> sources) {
        return new OpenQuestion(DERIVED + key(table) + "-" + column, "Is " + table + "." + column + " entered by users or computed from other rows?",
                "Stored: the application keeps " + table + "." + column + " current when the rows it sums up change; a view would compute it instead and never drift.",
                sources);
    }

    /** "Must the database enforce 'up to 500 cards per deck'?" */
    public static OpenQuestion limit(String subject, String sentence, List<String> sources) {
        return new OpenQuestion(LIMIT + key(subject.strip().replace(' ', '_')), "Must the database itself enforce the limit “" + sentence + "”?",
                "No: the application counts the " + Inflection.plural(words(key(subject.strip().replace(' ', '_')))) + " before it inserts; under concurrent"
                        + " writes only a trigger or a counter row with a CHECK would hold the limit.", sources);
    }

    /** Who besides the owner may read rows, when the documents say someone does and the design has no path for them. */
    public static OpenQuestion access(String who, String sentence, boolean administrator, List<String> owned, List<String> sources) {
        String rows = owned.isEmpty() ? "any table" : String.join(", ", owned.stream().limit(3).toList());
        String person = words(key(who.strip().replace(' ', '_')));
        if (administrator) {
            return new OpenQuestion(ACCESS + key(who.strip().replace(' ', '_')), "What may " + article(person) + " do that other users may not (the documents: “"
                    + sentence + "”): read every user's rows, change them, or manage only shared data?",
                    "Administrators work through the service role, which bypasses row-level security; no role column or admin policy on " + rows + " yet.", sources);
        }
        return new OpenQuestion(ACCESS + key(who.strip().replace(' ', '_')), "Which rows may " + article(person) + " read or change besides their own (the documents: “"
                + sentence + "”), and what links them to those rows: a membership, a column naming them on the row, or a role?",
                "None beyond their own: the policies on " + rows + " are owner-only, so " + article(person) + " is a user like any other until the rows name them.",
                sources);
    }

    /** One question per design when the documents give no figure of volume. */
    public static OpenQuestion volume(List<String> mainTables, List<String> sources) {
        String things = mainTables.isEmpty() ? "rows" : String.join(" and ", mainTables.stream().map(Questions::words).map(Inflection::plural).toList());
        return new OpenQuestion(VOLUME, "How many users, and how many " + things + " per user, must the prototype and the first production year hold?",
                "Small: thousands of users with hundreds of " + things + " each; SQLite holds that for the prototype, and PostgreSQL needs no partitioning"
                        + " beyond the listed indexes.", sources);
    }

    /** Kinds of question the clarify passes apply to the design when answered; the others are for the team to act on. */
    public static boolean applicable(String questionId) {
        return aboutRelationship(questionId) || questionId.startsWith(ENUM) || questionId.startsWith(SHARED) || questionId.startsWith(VALUES);
    }

    public static boolean aboutRelationship(String questionId) {
        return questionId.startsWith(M2M) || questionId.startsWith(PARENT) || questionId.startsWith(OPTIONAL);
    }

    /** What a relationship is now, worded as the answer to the question it raised before ({@code questionId}). */
    public static String answer(String questionId, Relationship now, UnaryOperator<String> table) {
        if (now.cardinality() == Cardinality.MANY_TO_MANY) {
            return questionId.startsWith(OPTIONAL) ? "No: many-to-many through " + table.apply(now.via()) + "; " + article(words(now.to())) + " may have none."
                    : manyToMany(table.apply(now.via()));
        }
        if (questionId.startsWith(OPTIONAL)) {
            return now.optional() ? optionalParent(now, table) : requiredParent(now, table);
        }
        return now.optional() ? "No: each " + words(now.to()) + " has at most one " + words(now.from()) + "; " + optionalParent(now, table).substring(4)
                : oneParent(now.to(), now.from(), table);
    }

    public static String manyToMany(String joinTable) {
        return "Yes: many-to-many through " + joinTable + ".";
    }

    public static String oneParent(String child, String parent, UnaryOperator<String> table) {
        return "No: each " + words(child) + " has exactly one " + words(parent) + " (" + table.apply(child) + "." + key(parent) + "_id, one-to-many).";
    }

    public static String optionalParent(Relationship r, UnaryOperator<String> table) {
        return "No: " + table.apply(r.to()) + "." + key(r.from()) + "_id is nullable and set to NULL when the " + words(r.from()) + " is deleted.";
    }

    public static String requiredParent(Relationship r, UnaryOperator<String> table) {
        return "Yes: " + table.apply(r.to()) + "." + key(r.from()) + "_id is required (NOT NULL).";
    }

    public static String sharedByAll() {
        return "Shared reference data: readable by every signed-in user, written by the service role.";
    }

    public static String keptByEachUser(String physicalTable) {
        return "Each user keeps their own: " + physicalTable + ".user_id names the owner.";
    }

    public static String values(List<String> before, List<String> after) {
        List<String> added = after.stream().filter(v -> !before.contains(v)).toList();
        List<String> dropped = before.stream().filter(v -> !after.contains(v)).toList();
        if (added.isEmpty() && dropped.isEmpty()) {
            return "Yes: " + String.join(", ", after) + ".";
        }
        return "No: the values are " + String.join(", ", after) + (added.isEmpty() ? "" : " (added " + String.join(", ", added) + ")")
                + (dropped.isEmpty() ? "" : " (dropped " + String.join(", ", dropped) + ")") + ".";
    }

    /** An id as the design writes it: "q-parent-cards-decks" (an id from before ids were singular) is q-parent-card-deck; enum names stay as they are. */
    public static String canonical(String id) {
        for (String prefix : List.of(M2M, OPTIONAL, PARENT, SHARED, VALUES)) {
            if (id.startsWith(prefix)) {
                List<String> parts = List.of(id.substring(prefix.length()).split("-"));
                return prefix + String.join("-", parts.stream().map(Questions::key).toList());
            }
        }
        return id;
    }

    /** The singular domain name ids use: "cards" and "card" are the same subject. */
    public static String key(String name) {
        return Inflection.singular(name);
    }

    private static String words(String name) {
        return key(name).replace('_', ' ');
    }

    private static String article(String noun) {
        return (noun.matches("^[aeio].*") ? "an " : "a ") + noun;
    }
}

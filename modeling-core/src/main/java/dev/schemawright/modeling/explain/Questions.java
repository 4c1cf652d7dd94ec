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
    /** Any question id in a text ("q-parent-card-deck: no, ..."); table names use '_', never '-'. */
    public static final Pattern ID = Pattern.compile("\\bq-(?:m2m|optional|parent|enum|shared|values)-[a-z0-9_]{1,63}(?:-[a-z0-9_]{1,63})?\\b");

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

package dev.schemawright.modeling.read;

/**
 * How a language turns the words of a match into schema names: singular snake_case English identifiers for things,
 * fields and listed values (a Polish reading translates here). A name is never trusted further than this: every name
 * is an identifier of ASCII letters, digits and '_' (the renderers quote it as well).
 */
public interface Names {
    /** The thing a noun phrase names ("study sessions" -> "study_session"), or null when it names none. */
    String entity(Sentence.Phrase phrase);

    /**
     * The thing a phrase names where only a thing can stand: the end of a link or the owner of listed fields. There an
     * attribute-headed compound is a thing of its own ("belongs to a ticket type", "ticket types, each with a name and a
     * price": ticket_type), where {@link #entity} reads "the ticket type" as the type of a ticket.
     */
    default String namedThing(Sentence.Phrase phrase) {
        return entity(phrase);
    }

    /** The attribute a phrase names of its thing ("the recipe title": title), or null when it names the thing itself. */
    String attributeOf(Sentence.Phrase phrase);

    /** The head noun of the phrase, singular ("session"). */
    String head(Sentence.Phrase phrase);

    /** The field tokens [from, to) name ("an optional cover image URL" -> cover_image_url, hint "optional"), or null. */
    Field field(Sentence s, int from, int to);

    /**
     * Other things the phrase names inside it, counted as mentions too: a Polish phrase holds its genitive ("rekomendacje
     * gier": recommendations of games mentions games), an English one names only its head. Empty by default.
     */
    default java.util.List<String> inner(Sentence.Phrase phrase) {
        return java.util.List.of();
    }

    /** A listed value ("'In progress'" -> in_progress), or null. */
    String value(Sentence s, int from, int to);

    /** A field's name and what the words around it said of it (qualifiers such as unique, optional, required). */
    record Field(String name, String hint) {
    }
}

package dev.schemawright.modeling.read;

import dev.schemawright.modeling.read.Claim.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The claims a rule makes from one match: {@code then:} lines of a rules file, each a verb and its arguments (slot names
 * or literal words):
 * <pre>
 *   entity THING EVIDENCE            every noun phrase of slot THING is evidence of a stored thing
 *   fields OWNER ITEMS               each phrase of ITEMS is a field of OWNER ('-' for the statement's story subject)
 *   link CHILD PARENT KIND [optional]   KIND: part-of, references, many-to-many
 *   values OWNER FIELD VALUES        the words of VALUES are FIELD's allowed values ('-' for an unknown owner)
 *   not-stored THING REASON          THING is derived, a view, a screen...: no rows of its own
 *   veto THING                       the documents decide against a table for THING
 *   synonym A B                      A and B are one thing
 *   flag NAME [off]                  a design-wide switch (soft-delete, audit, tenancy...)
 *   access OWNER FIELD KIND          users search / filter / sort OWNER rows by FIELD
 *   act ACT THING                    the verb in slot ACT, done to THING, is recorded: rows named by the verb (its own noun)
 *   named THING ITEMS                rows of THING are told apart by a name, unless ITEMS already give one (name, title, label)
 * </pre>
 */
public record ClaimTemplate(String verb, List<String> args) {
    private static final List<String> VERBS = List.of("entity", "fields", "link", "values", "not-stored", "veto", "synonym", "flag", "access", "act", "named");

    private static final java.util.Set<String> NAMING = java.util.Set.of("name", "title", "label");

    public ClaimTemplate {
        args = List.copyOf(args);
        if (!VERBS.contains(verb)) {
            throw new IllegalArgumentException("unknown claim verb '" + verb + "' (one of " + VERBS + ")");
        }
        int min = switch0(verb);
        if (args.size() < min) {
            throw new IllegalArgumentException("claim '" + verb + "' needs " + min + " arguments: " + args);
        }
    }

    private static int switch0(String verb) {
        if (verb.equals("veto") || verb.equals("flag")) {
            return 1;
        }
        if (verb.equals("link") || verb.equals("values") || verb.equals("access")) {
            return 3;
        }
        return 2;
    }

    public static ClaimTemplate parse(String line) {
        String[] parts = line.trim().split("\\s+");
        return new ClaimTemplate(parts[0], List.of(parts).subList(1, parts.length));
    }

    /** The slot names the template reads (so a rule file naming a slot its pattern lacks fails when it loads). */
    public List<String> slotArguments() {
        List<String> out = new ArrayList<>();
        switch (verb) {
            case "entity":
            case "not-stored":
            case "veto":
                out.add(args.get(0));
                break;
            case "fields":
                if (!args.get(0).equals("-")) {
                    out.add(args.get(0));
                }
                out.add(args.get(1));
                break;
            case "link":
            case "synonym":
            case "act":
            case "named":
                out.add(args.get(0));
                out.add(args.get(1));
                break;
            case "values":
            case "access":
                if (!args.get(0).equals("-")) {
                    out.add(args.get(0));
                }
                out.add(args.get(1));
                if (verb.equals("values")) {
                    out.add(args.get(2));
                }
                break;
            default:
                break;
        }
        return out;
    }

    /** The claims of one match, named through {@code names}. */
    public void apply(TokenPattern.Match m, Names names, String rule, String source, Origin origin, List<Claim> out) {
        Sentence s = m.sentence();
        switch (verb) {
            case "entity":
                for (Sentence.Phrase p : phrases(m, args.get(0))) {
                    String name = names.entity(p);
                    if (name != null) {
                        out.add(new Claim.EntityClaim(name, names.head(p), args.get(1), origin, rule, source));
                        String attribute = names.attributeOf(p);
                        if (attribute != null) {
                            out.add(new Claim.FieldClaim(name, attribute, "", origin, rule, source)); // "edit the recipe title"
                        }
                    }
                }
                break;
            case "fields": {
                List<String> owners = args.get(0).equals("-") ? List.of("") : things(m, args.get(0), names);
                // "a list of steps with instructions and durations": each step has one instruction and one duration
                boolean perRow = !args.get(0).equals("-") && phrases(m, args.get(0)).stream().anyMatch(Sentence.Phrase::quantified);
                for (String owner : owners) {
                    for (int[] item : items(m, args.get(1))) {
                        Sentence.Phrase p = hasNoun(s, item[0], item[1]) ? s.phrase(item[0], item[1]) : null;
                        if (p != null && p.quantified() && names.entity(p) != null) {
                            // "a title, a description and a set of questions": many questions, each a row of its own
                            String thing = names.entity(p);
                            out.add(new Claim.EntityClaim(thing, names.head(p), "counted", origin, rule, source));
                            if (!owner.isEmpty() && !owner.equals(thing)) {
                                out.add(new Claim.LinkClaim(thing, owner, Claim.LinkKind.PART_OF, false, "", "", origin, rule, source));
                            }
                            continue;
                        }
                        Names.Field f = names.field(s, item[0], item[1]);
                        if (f != null && !f.name().equals(owner)) {
                            out.add(new Claim.FieldClaim(owner, perRow ? oneOf(f.name()) : f.name(), f.hint(), origin, rule, source));
                        }
                    }
                }
                break;
            }
            case "link": {
                Claim.LinkKind kind = Claim.LinkKind.valueOf(args.get(2).toUpperCase(Locale.ROOT).replace('-', '_'));
                boolean optional = args.size() > 3 && args.get(3).equals("optional");
                for (String child : things(m, args.get(0), names)) {
                    for (String parent : things(m, args.get(1), names)) {
                        if (!child.equals(parent)) {
                            out.add(new Claim.LinkClaim(child, parent, kind, optional, "", "", origin, rule, source));
                        }
                    }
                }
                break;
            }
            case "values": {
                List<String> owners = args.get(0).equals("-") ? List.of("") : entities(m, args.get(0), names);
                TokenPattern.Span fieldSpan = m.slot(args.get(1));
                Names.Field field = fieldSpan == null ? null : names.field(s, fieldSpan.from(), fieldSpan.to());
                List<String> values = new ArrayList<>();
                for (int[] item : items(m, args.get(2))) {
                    String v = names.value(s, item[0], item[1]);
                    if (v != null && !values.contains(v)) {
                        values.add(v);
                    }
                }
                if (field != null && values.size() >= 2) {
                    for (String owner : owners) {
                        out.add(new Claim.ValueListClaim(owner, field.name(), values, origin, rule, source));
                    }
                }
                break;
            }
            case "not-stored":
                for (String name : entities(m, args.get(0), names)) {
                    out.add(new Claim.NotStoredClaim(name, args.get(1), origin, rule, source));
                }
                break;
            case "veto":
                for (String name : entities(m, args.get(0), names)) {
                    out.add(new Claim.VetoClaim(name, origin, rule, source));
                }
                break;
            case "synonym":
                for (String a : entities(m, args.get(0), names)) {
                    for (String b : entities(m, args.get(1), names)) {
                        if (!a.equals(b)) {
                            out.add(new Claim.SynonymClaim(a, b, origin, rule, source));
                        }
                    }
                }
                break;
            case "act": {
                // "members vote on books": each vote is a row (named by the verb, which is its own noun) of the thing acted on
                TokenPattern.Span act = m.slot(args.get(0));
                String name = act == null ? null : dev.schemawright.modeling.lang.Identifiers.snake(s.lemma(act.from()));
                if (name != null && !name.isEmpty()) {
                    out.add(new Claim.EntityClaim(name, name, "acted", origin, rule, source));
                    for (String thing : things(m, args.get(1), names)) {
                        if (!thing.equals(name)) {
                            out.add(new Claim.LinkClaim(name, thing, Claim.LinkKind.PART_OF, false, "", "", origin, rule, source));
                        }
                    }
                }
                break;
            }
            case "named": {
                // "a list of steps with instructions and durations": each step is a row, and a row of a list is picked by its name
                boolean givesName = false;
                for (int[] item : items(m, args.get(1))) {
                    Names.Field f = names.field(s, item[0], item[1]);
                    givesName |= f != null && NAMING.contains(dev.schemawright.modeling.lang.Inflection.singular(f.name()));
                }
                if (!givesName) {
                    for (String thing : entities(m, args.get(0), names)) {
                        out.add(new Claim.FieldClaim(thing, "name", "", origin, rule, source));
                    }
                }
                break;
            }
            case "flag":
                out.add(new Claim.FlagClaim(args.get(0), !(args.size() > 1 && args.get(1).equals("off")), origin, rule, source));
                break;
            case "access": {
                List<String> owners = args.get(0).equals("-") ? List.of("") : things(m, args.get(0), names);
                // "a list of steps with instructions and durations": each step has one instruction and one duration
                boolean perRow = !args.get(0).equals("-") && phrases(m, args.get(0)).stream().anyMatch(Sentence.Phrase::quantified);
                for (String owner : owners) {
                    for (int[] item : items(m, args.get(1))) {
                        Names.Field f = names.field(s, item[0], item[1]);
                        if (f != null) {
                            out.add(new Claim.AccessClaim(owner, f.name(), args.get(2), origin, rule, source));
                        }
                    }
                }
                break;
            }
            default:
                throw new IllegalStateException("unsupported claim verb " + verb);
        }
    }

    /** The field one row holds of a plural: "durations" -> duration, "cook_times" -> cook_time. */
    private static String oneOf(String field) {
        int cut = field.lastIndexOf('_') + 1;
        return field.substring(0, cut) + dev.schemawright.modeling.lang.Inflection.singular(field.substring(cut));
    }

    private static List<int[]> items(TokenPattern.Match m, String slot) {
        TokenPattern.Span span = m.slot(slot);
        if (span == null) {
            return List.of();
        }
        return span.items().isEmpty() ? List.<int[]>of(new int[] {span.from(), span.to()}) : span.items();
    }

    private static List<Sentence.Phrase> phrases(TokenPattern.Match m, String slot) {
        List<Sentence.Phrase> out = new ArrayList<>();
        for (int[] item : items(m, slot)) {
            if (hasNoun(m.sentence(), item[0], item[1])) {
                out.add(m.sentence().phrase(item[0], item[1]));
            }
        }
        return out;
    }

    private static List<String> entities(TokenPattern.Match m, String slot, Names names) {
        return named(m, slot, names::entity);
    }

    /** The same, where only a thing can stand (a link's ends, the owner of listed fields): see {@link Names#namedThing}. */
    private static List<String> things(TokenPattern.Match m, String slot, Names names) {
        return named(m, slot, names::namedThing);
    }

    private static List<String> named(TokenPattern.Match m, String slot, java.util.function.Function<Sentence.Phrase, String> naming) {
        List<String> out = new ArrayList<>();
        for (Sentence.Phrase p : phrases(m, slot)) {
            String n = naming.apply(p);
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean hasNoun(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isNoun(i)) {
                return true;
            }
        }
        return false;
    }
}

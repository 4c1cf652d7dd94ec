package dev.schemawright.modeling.clarify;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.clarify.Claim.Aspect;
import dev.schemawright.modeling.clarify.Claim.Verdict;
import dev.schemawright.modeling.domain.EntityNames;
import dev.schemawright.modeling.domain.TypeInference;
import dev.schemawright.modeling.explain.Questions;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an answer says about the design as it stands: the entities it names are the model's tables (singular or
 * plural, words or snake_case), the columns it names are the model's columns. An answer to a question is read against
 * that question: a statement about the same subject answers it ("no, a card can be in several decks"), otherwise a
 * leading "yes" or "no" does. Whatever it cannot read yields no claim; the report pass says so.
 */
final class AnswerInterpreter {
    private static final String D = "(?:(?:a|an|the|one|each|every|any|some|all|its|their|a single)\\s+)?";
    private static final String MIDDLE = "((?:\\s+[\\w'’]+){0,4}?)";
    private static final String IN = "(?:belongs?|belonging) to|(?:be|is|are) (?:in|inside|part of|included in|listed in|used in|used by|reused in|placed in|"
            + "put in|filed under|linked to|assigned to|added to|attached to|saved in|stored in|kept in|shared (?:by|between|across|among))|"
            + "appears? in|lives? in|sits? in|goes? in|go into";
    private static final String SEVERAL = "(several|multiple|many|more than one|any number of|various|different|two or more|one or more|other)";
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|cannot|can't|can’t|never|no longer|won't|doesn't|don't|isn't|aren't|mustn't|may not|must not)\\b");
    private static final Pattern LOOSE = Pattern.compile("\\b(?:can|may|might|could|optionally)\\b");
    private static final Pattern STRICT = Pattern.compile("\\b(?:exactly|always|must|has to|have to|needs?|requires?|only ever)\\b");
    private static final Pattern YES = Pattern.compile("^\\W*(?:yes|yeah|yep|correct|right|exactly|true|sure|indeed|confirmed|agreed|ok|okay|"
            + "tak|zgadza się|oczywiście|dokładnie|jasne)(?![\\w\\p{L}])"); // Polish answers too: "Tak.", "Nie, …"
    private static final Pattern NO = Pattern.compile("^\\W*(?:no|nope|not really|incorrect|wrong|false|never|negative|nie|niekoniecznie)(?![\\w\\p{L}])");
    /**
     * A count that answers a question of one or several ("Can a card belong to more than one deck?"): "Wiele.", "Kilka",
     * "Więcej niż jeden", "Many"; "Jeden.", "Tylko jedna", "Dokładnie jeden", "One" (Polish counts agree with the noun's gender).
     */
    private static final Pattern MANY_ANSWER = Pattern.compile("^\\W*(?:wiele|wielu|kilka|kilku|dowolnie wiele|dowolna liczba|więcej niż (?:jeden|jedna|jedno|jedną)|"
            + "(?:jeden|jedna|jedno) lub więcej|co najmniej (?:jeden|jedna|jedno|jedną)|many|several|multiple|more than one|one or more)(?![\\w\\p{L}])");
    private static final Pattern ONE_ANSWER = Pattern.compile("^\\W*(?:(?:tylko|dokładnie|wyłącznie|zawsze)\\s+)?(?:jeden|jedna|jedno|jedną|jednego|jednej|one|only one|exactly one)"
            + "(?![\\w\\p{L}])(?!\\s+(?:lub|albo|or)\\b)");
    private static final Pattern QUOTED = Pattern.compile("(?<![\\w])['‘\"“`]([^'’\"”`]{1,40})['’\"”`](?![\\w])");
    private static final Pattern VALUES_CUE = Pattern.compile("\\b(?:one of|either|values? (?:are|is|include)|can (?:also )?be|could (?:also )?be|may (?:also )?be|"
            + "might (?:also )?be|is|are|include|includes|also|add|plus)\\b:?|:");
    private static final Pattern ADD_CUE = Pattern.compile("\\b(?:also|too|as well|additionally|add|added|another|plus|extra|new values?|more values?)\\b");
    private static final Pattern LIST_CUE = Pattern.compile("\\b(?:one of|only|either|values? (?:are|is))\\b|:");
    private static final Pattern CONFIRM_CUE = Pattern.compile("\\b(?:complete|final|fixed|closed|exhaustive|correct|enough|that's all|that is all|no (?:other|more) values?)\\b");

    private final SchemaModel model;
    private final Map<String, String> formToTable = new LinkedHashMap<>();
    private final List<ColumnMention> columns = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();

    /** What a match of one sentence shape claims. */
    private interface Reading {
        void read(Matcher m, String text, String source, List<Claim> out);
    }

    private record Shape(Pattern pattern, Reading reading) {
    }

    /** How a text names a column: with its table ("card difficulty", "difficulty of a card") or bare ("difficulty"). */
    private record ColumnMention(String table, String column, Pattern qualified, Pattern bare) {
        Pattern form(boolean withTable) {
            return withTable ? qualified : bare;
        }
    }

    AnswerInterpreter(SchemaModel model) {
        this.model = model;
        List<String> names = model.tables().stream().filter(t -> t.kind() != TableKind.JOIN).map(Table::name)
                .filter(n -> !n.equals(EntityNames.USER) && !n.equals("profile") && !n.equals("users") && !n.equals("profiles")).toList();
        for (String n : names) {
            for (String form : List.of(Inflection.plural(n).replace('_', ' '), Questions.key(n).replace('_', ' '), Inflection.plural(n), Questions.key(n))) {
                formToTable.putIfAbsent(form, n);
            }
        }
        if (!formToTable.isEmpty()) {
            String e = "(" + String.join("|", formToTable.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                    .map(Pattern::quote).toList()) + ")";
            addReadings(e);
        }
        for (Table t : model.tables()) {
            for (Column c : t.columns()) {
                if (valued(t, c)) {
                    String col = Pattern.quote(c.name().replace('_', ' '));
                    String tab = "(?:" + Pattern.quote(Questions.key(t.name()).replace('_', ' ')) + "|" + Pattern.quote(Inflection.plural(t.name()).replace('_', ' ')) + ")";
                    columns.add(new ColumnMention(t.name(), c.name(), Pattern.compile("\\b(?:" + tab + "(?:'s|’s)?\\s+" + col + "|" + col + "\\s+of\\s+" + D + tab + ")\\b"),
                            Pattern.compile("\\b" + col + "(?:s|es)?\\b")));
                }
            }
        }
    }

    /** The claims one clarification makes about this model. */
    List<Claim> claims(Clarification c) {
        List<Claim> asked = asked(c);
        Optional<Claim> askedValues = asked.stream().filter(a -> a.aspect() == Aspect.VALUES).findFirst();
        String answer = lower(c.answer());
        if (!asked.isEmpty()) {
            // "they are never shared", "it can be in several decks": the pronoun is what the question asked about
            String subject = asked.get(0).subject().replace('_', ' ');
            answer = answer.replaceAll("\\b(?:they|these|those)\\b", Matcher.quoteReplacement(Inflection.plural(subject)))
                    .replaceAll("\\bit\\b", Matcher.quoteReplacement(subject));
        }
        List<Claim> content = read(answer, c.source(), askedValues.orElse(null));
        if (asked.isEmpty()) {
            return content;
        }
        List<Claim> out = new ArrayList<>();
        boolean answersIt = content.stream().anyMatch(k -> asked.stream().anyMatch(k::sameSubject));
        if (!answersIt && c.first()) {
            for (Claim a : asked) {
                boolean count = a.verdict() == Verdict.SEVERAL || a.verdict() == Verdict.ONE;
                if (count && MANY_ANSWER.matcher(answer).find()) {
                    out.add(a.withVerdict(Verdict.SEVERAL).withSource(c.source()));
                } else if (count && ONE_ANSWER.matcher(answer).find()) {
                    out.add(a.withVerdict(Verdict.ONE).withSource(c.source()));
                } else if (YES.matcher(answer).find()) {
                    out.add(a.withSource(c.source()));
                } else if (NO.matcher(answer).find() && a.verdict().opposite() != null) {
                    out.add(a.withVerdict(a.verdict().opposite()).withSource(c.source()));
                }
            }
        }
        out.addAll(content);
        return out;
    }

    /** What the question proposes, so that "yes" confirms it and "no" gives its opposite. */
    List<Claim> asked(Clarification c) {
        if (c.questionId() != null) {
            return fromId(c.questionId(), c.source());
        }
        String q = lower(c.question()).replaceAll("[?.!\\s]+$", "");
        if (q.isBlank()) {
            return List.of();
        }
        Matcher m;
        if ((m = Questions.RESTATED_M2M.matcher(q)).matches()) {
            return pair(Verdict.SEVERAL, m.group(1), m.group(2), c.source());
        }
        if ((m = Questions.RESTATED_PARENT.matcher(q)).matches()) {
            return pair(Verdict.SEVERAL, m.group(1), m.group(2), c.source());
        }
        if ((m = Questions.RESTATED_OPTIONAL.matcher(q)).matches()) {
            return pair(Verdict.REQUIRED, m.group(1), m.group(2), c.source());
        }
        if ((m = Questions.RESTATED_SHARED.matcher(q)).matches()) {
            return table(m.group(1)).map(t -> List.of(new Claim(Verdict.SHARED, t, null, List.of(), c.source()))).orElse(List.of());
        }
        if ((m = Questions.RESTATED_ENUM.matcher(q)).matches()) {
            return enumColumn(Identifiers.snake(m.group(1)), c.source());
        }
        if ((m = Questions.RESTATED_VALUES.matcher(q)).matches()) {
            return checkedColumn(m.group(1), m.group(2), c.source());
        }
        return read(q, c.source(), null);
    }

    private List<Claim> fromId(String id, String source) {
        String rest;
        if (id.startsWith(Questions.PARENT) || id.startsWith(Questions.OPTIONAL)) {
            rest = id.substring(id.startsWith(Questions.PARENT) ? Questions.PARENT.length() : Questions.OPTIONAL.length());
            int dash = rest.indexOf('-');
            if (dash < 0) {
                return List.of();
            }
            return pair(id.startsWith(Questions.PARENT) ? Verdict.SEVERAL : Verdict.REQUIRED, rest.substring(0, dash), rest.substring(dash + 1), source);
        }
        if (id.startsWith(Questions.M2M)) {
            String join = Questions.key(id.substring(Questions.M2M.length()));
            for (Relationship r : model.relationships()) {
                if (r.via() != null && Questions.key(r.via()).equals(join)) {
                    return List.of(new Claim(Verdict.SEVERAL, r.from(), r.to(), List.of(), source));
                }
            }
            for (int cut = join.indexOf('_'); cut > 0; cut = join.indexOf('_', cut + 1)) {
                List<Claim> p = pair(Verdict.SEVERAL, join.substring(0, cut), join.substring(cut + 1), source);
                if (!p.isEmpty()) {
                    return p;
                }
            }
            return List.of();
        }
        if (id.startsWith(Questions.SHARED)) {
            return table(id.substring(Questions.SHARED.length())).map(t -> List.of(new Claim(Verdict.SHARED, t, null, List.of(), source))).orElse(List.of());
        }
        if (id.startsWith(Questions.ENUM)) {
            return enumColumn(id.substring(Questions.ENUM.length()), source);
        }
        if (id.startsWith(Questions.VALUES)) {
            Optional<Table> t = table(id.substring(Questions.VALUES.length())).flatMap(model::table);
            return t.flatMap(x -> x.checks().stream().filter(k -> k.kind() == CheckKind.IN_VALUES).findFirst())
                    .map(k -> List.of(new Claim(Verdict.CONFIRMED, t.get().name(), k.columns().get(0), k.args(), source))).orElse(List.of());
        }
        return List.of();
    }

    /** Claims read from one sentence, in the order its shapes are tried; {@code defaultColumn}: the column a values question asked about. */
    List<Claim> read(String text, String source, Claim defaultColumn) {
        List<Claim> out = new ArrayList<>();
        for (Shape shape : shapes) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                shape.reading().read(m, text, source, out);
            }
        }
        Claim values = values(text, source, defaultColumn);
        if (values != null) {
            out.add(values);
        }
        List<Claim> distinct = new ArrayList<>();
        for (Claim c : out) {
            if (!distinct.contains(c)) {
                distinct.add(c);
            }
        }
        return distinct;
    }

    private void addReadings(String e) {
        // a card can be in several decks / cannot belong to more than one deck / can only be in one deck
        shape("\\b" + e + "\\b" + MIDDLE + "\\s+(?:" + IN + ")\\s+" + SEVERAL + "\\s+" + e + "\\b", (m, text, source, out) -> {
            boolean only = NEGATION.matcher(m.group(2)).find() || m.group(2).contains("only");
            relationship(out, only ? Verdict.ONE : Verdict.SEVERAL, m.group(1), m.group(4), source);
        });
        // a card belongs to exactly one deck / each card must be in a deck / a card can belong to a deck (optional)
        shape("\\b" + e + "\\b" + MIDDLE + "\\s+(?:" + IN + "|has|have|needs?|requires?)\\s+(exactly one|only one|just one|one and only one|a single|one|a|an|its|their)\\s+" + e + "\\b",
                (m, text, source, out) -> {
                    String middle = m.group(2);
                    boolean loose = m.group(3).equals("a") || m.group(3).equals("an");
                    if (NEGATION.matcher(middle).find()) {
                        relationship(out, Verdict.OPTIONAL, m.group(1), m.group(4), source);
                    } else if (!middle.contains("only") && loose && LOOSE.matcher(middle).find()) {
                        relationship(out, Verdict.OPTIONAL, m.group(1), m.group(4), source);
                    } else {
                        relationship(out, Verdict.ONE, m.group(1), m.group(4), source);
                        if (STRICT.matcher(middle + " " + m.group(3)).find()) {
                            relationship(out, Verdict.REQUIRED, m.group(1), m.group(4), source);
                        }
                    }
                });
        // a card can exist without a deck / a card cannot exist without a deck
        shape("\\b" + e + "\\b" + MIDDLE + "\\s+(?:exist|be created|be saved|be added|be kept|live|stand)\\s+(?:\\w+\\s+)?without\\s+" + D + e + "\\b",
                (m, text, source, out) -> relationship(out, NEGATION.matcher(m.group(2)).find() ? Verdict.REQUIRED : Verdict.OPTIONAL, m.group(1), m.group(3), source));
        // a card does not need a deck / cards don't have to belong to a deck
        shape("\\b" + e + "\\b\\s+(?:does not|doesn't|doesn’t|do not|don't|don’t|need not|needn't|is not required to|are not required to)\\s+"
                + "(?:need|require|have to (?:belong to|have|be in)|belong to|have)\\s+" + D + e + "\\b",
                (m, text, source, out) -> relationship(out, Verdict.OPTIONAL, m.group(1), m.group(2), source));
        // the deck is optional for a card / the deck is required for every card
        shape("\\b" + e + "\\b\\s+(?:is|are)\\s+(optional|required|mandatory)\\s+(?:for|on|in)\\s+" + D + e + "\\b",
                (m, text, source, out) -> relationship(out, m.group(2).equals("optional") ? Verdict.OPTIONAL : Verdict.REQUIRED, m.group(3), m.group(1), source));
        // a card has an optional deck
        shape("\\b" + e + "\\b" + MIDDLE + "\\s+(?:has|have|with)\\s+(?:a|an)\\s+optional\\s+" + e + "\\b",
                (m, text, source, out) -> relationship(out, Verdict.OPTIONAL, m.group(1), m.group(3), source));
        // cards without a deck are allowed
        shape("\\b" + e + "\\b\\s+without\\s+(?:a|an|any)\\s+" + e + "\\b(?=.*\\b(?:allowed|possible|fine|ok|okay|valid|supported)\\b)",
                (m, text, source, out) -> {
                    if (!NEGATION.matcher(text).find()) {
                        relationship(out, Verdict.OPTIONAL, m.group(1), m.group(2), source);
                    }
                });
        // categories are shared by all users / tags are not shared / are categories global
        shape("\\b" + e + "\\b\\s+((?:is|are|should|will|must|can|isn't|aren't|shouldn't|won't|cannot)(?:\\s+(?:not|never|always|all|be|generally))*)\\s+(?:shared|global|common|public)\\b"
                + "(?!\\s+(?:between|across|among)\\s+" + D + e + ")",
                (m, text, source, out) -> sharing(out, NEGATION.matcher(m.group(2)).find() ? Verdict.PRIVATE : Verdict.SHARED, m.group(1), source));
        shape("^(?:are|is)\\s+(?:the\\s+)?" + e + "\\s+(?:shared|global|common)\\b", (m, text, source, out) -> sharing(out, Verdict.SHARED, m.group(1), source));
        shape("\\b(?:all|every|each)\\s+users?\\s+(?:see|sees|share|shares|use|uses|read|reads|get|gets)\\s+the same\\s+" + e + "\\b",
                (m, text, source, out) -> sharing(out, Verdict.SHARED, m.group(1), source));
        shape("\\b" + e + "\\b\\s+(?:is|are)\\s+(?:the same|identical) for (?:all|every|each) users?\\b", (m, text, source, out) -> sharing(out, Verdict.SHARED, m.group(1), source));
        shape("\\b" + e + "\\b\\s+(?:is|are)\\s+(?:predefined|pre-defined|system[- ]defined|admin[- ]defined|admin[- ]managed|global reference data|reference data|seeded)\\b",
                (m, text, source, out) -> sharing(out, Verdict.SHARED, m.group(1), source));
        // each user keeps their own tags / tags are private / users only see their own tags / a tag belongs to one user
        shape("\\b(?:each|every|a|the)\\s+users?\\s+(?:has|have|keeps|keep|creates|create|manages|manage|owns|own|maintains|maintain|gets|get|defines|define)\\s+"
                + "(?:their|his|her|his or her|its)\\s+own\\s+" + e + "\\b", (m, text, source, out) -> sharing(out, Verdict.PRIVATE, m.group(1), source));
        shape("\\b" + e + "\\b\\s+(?:is|are)\\s+(?:private|personal|per[- ]user|user[- ]specific|owned by (?:a|the|each|one|their|its) (?:single )?users?)\\b",
                (m, text, source, out) -> sharing(out, Verdict.PRIVATE, m.group(1), source));
        shape("\\busers?\\s+(?:only\\s+)?(?:see|sees|access|accesses)\\s+(?:only\\s+)?(?:their|his|her)\\s+own\\s+" + e + "\\b",
                (m, text, source, out) -> sharing(out, Verdict.PRIVATE, m.group(1), source));
        shape("\\b" + e + "\\b\\s+(?:belongs?|belong)\\s+to\\s+(?:a|the|one|each|their|its)\\s+(?:single\\s+)?user\\b",
                (m, text, source, out) -> sharing(out, Verdict.PRIVATE, m.group(1), source));
    }

    private void shape(String regex, Reading reading) {
        shapes.add(new Shape(Pattern.compile(regex), reading));
    }

    private void relationship(List<Claim> out, Verdict v, String childForm, String parentForm, String source) {
        String child = formToTable.get(childForm);
        String parent = formToTable.get(parentForm);
        if (child != null && parent != null && !child.equals(parent)) {
            out.add(new Claim(v, child, parent, List.of(), source));
        }
    }

    private void sharing(List<Claim> out, Verdict v, String form, String source) {
        String t = formToTable.get(form);
        if (t != null) {
            out.add(new Claim(v, t, null, List.of(), source));
        }
    }

    /** "Difficulty can also be 'expert'", "the status of an order is one of new, paid, shipped", "the list is complete". */
    private Claim values(String text, String source, Claim defaultColumn) {
        String table = null;
        String column = null;
        int after = 0;
        for (boolean withTable : List.of(true, false)) {
            // "card difficulty" / "difficulty of a card" first, then a bare "difficulty"
            List<ColumnMention> hits = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (ColumnMention c : columns) {
                Matcher m = c.form(withTable).matcher(text);
                if (m.find()) {
                    hits.add(c);
                    ends.add(m.end());
                }
            }
            // a bare column name several tables have means the one with a value list, if only one has
            List<ColumnMention> listed = hits.stream().filter(c -> checkOf(c.table(), c.column()).isPresent()).toList();
            if (hits.size() > 1 && listed.size() == 1) {
                ends = List.of(ends.get(hits.indexOf(listed.get(0))));
                hits = listed;
            }
            if (hits.size() == 1) {
                table = hits.get(0).table();
                column = hits.get(0).column();
                after = ends.get(0);
                break;
            }
        }
        if (table == null && defaultColumn != null) {
            table = defaultColumn.subject();
            column = defaultColumn.other();
        }
        if (table == null) {
            return null;
        }
        String rest = text.substring(after);
        List<String> values = new ArrayList<>();
        Matcher q = QUOTED.matcher(rest);
        while (q.find()) {
            add(values, q.group(1));
        }
        boolean quoted = !values.isEmpty();
        if (!quoted) {
            Matcher cue = VALUES_CUE.matcher(rest);
            if (cue.find()) {
                String list = rest.substring(cue.end()).replaceFirst("^\\s*(?:(?:also|only|now|just)\\s+)*(?:one of|either|any of)?\\s*:?", "");
                for (String item : list.replaceAll("[.;!?]+.*$", "").split("\\s*(?:,|/|\\bor\\b|\\band\\b)\\s*")) {
                    String v = item.strip().replaceFirst("^(?:also|and|or|then|even)\\s+", "");
                    if (!v.isBlank() && v.split("\\s+").length <= 3) {
                        add(values, v);
                    }
                }
            }
        }
        boolean adds = ADD_CUE.matcher(rest).find();
        Verdict v;
        if (!values.isEmpty() && adds && (quoted || values.size() <= 3)) {
            v = Verdict.ADDED;
        } else if (!values.isEmpty() && (quoted || values.size() >= 2 || LIST_CUE.matcher(rest).find()) && !CONFIRM_CUE.matcher(rest).find()) {
            v = Verdict.REPLACED;
        } else if (CONFIRM_CUE.matcher(rest).find() && !adds) {
            v = Verdict.CONFIRMED;
            values = List.of();
        } else {
            return null;
        }
        return new Claim(v, table, column, values, source);
    }

    private static void add(List<String> values, String raw) {
        // 'Très facile' is tres_facile: accents go before the value becomes an identifier-safe word
        String plain = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String v = TypeInference.enumValue(plain.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""));
        if (!v.isEmpty() && !values.contains(v)) {
            values.add(v);
        }
    }

    private List<Claim> pair(Verdict v, String childWords, String parentWords, String source) {
        Optional<String> child = table(childWords);
        Optional<String> parent = table(parentWords);
        return child.isPresent() && parent.isPresent() && !child.equals(parent)
                ? List.of(new Claim(v, child.get(), parent.get(), List.of(), source)) : List.of();
    }

    /** The table a name or phrase means: "cards", "card", "recipe steps", "recipe_step". */
    Optional<String> table(String words) {
        String key = Questions.key(Identifiers.snake(words));
        return model.tables().stream().map(Table::name).filter(n -> Questions.key(n).equals(key)).findFirst();
    }

    private List<Claim> enumColumn(String enumName, String source) {
        for (Table t : model.tables()) {
            for (CheckConstraint k : t.checks()) {
                if (k.kind() == CheckKind.IN_VALUES && Identifiers.derived(t.name(), k.columns().get(0)).equals(enumName)) {
                    return List.of(new Claim(Verdict.CONFIRMED, t.name(), k.columns().get(0), k.args(), source));
                }
            }
        }
        return List.of();
    }

    private List<Claim> checkedColumn(String tableWords, String column, String source) {
        Optional<String> t = table(tableWords);
        return t.flatMap(n -> checkOf(n, column)).map(k -> List.of(new Claim(Verdict.CONFIRMED, t.get(), column, k.args(), source))).orElse(List.of());
    }

    Optional<CheckConstraint> checkOf(String table, String column) {
        return model.table(table).flatMap(t -> t.checks().stream().filter(k -> k.kind() == CheckKind.IN_VALUES && k.columns().equals(List.of(column))).findFirst());
    }

    /** Columns whose values an answer may list: text columns (a CHECK can hold their values) and those that already have a list. */
    private boolean valued(Table t, Column c) {
        if (t.kind() == TableKind.JOIN || c.name().equals("id") || c.name().endsWith("_id")) {
            return false;
        }
        TypeKind k = c.type().kind();
        return k == TypeKind.TEXT || k == TypeKind.VARCHAR || checkOf(t.name(), c.name()).isPresent();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}

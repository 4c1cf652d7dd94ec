package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TypeScript types written as a data model ({@code interface Deck { id: string; title: string; cards: Card[] }},
 * {@code type Card = { … }}): each type becomes an entity, its fields columns with type hints (string → text, boolean,
 * Date → timestamptz, {@code string[]} → text[], nested objects and {@code Record<…>} → jsonb, string-literal unions
 * and string enums → allowed values, {@code ?} / {@code | null} → optional). A field typed with another model type is a
 * reference ({@code author: User} → author_id → user), an array of one the other side's ({@code cards: Card[]} → card.deck_id),
 * and {@code fooId} names a reference when foo is a model type. Types named as transport or UI shapes (…Dto, …Request,
 * …Response, …Props, …State, …Params…) are not tables.
 */
final class TypeScriptTypesReader {
    private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*(?:export[ \\t]+)?(?:(interface)[ \\t]+([A-Z][A-Za-z0-9_]*)(?:<[^>{]*>)?"
            + "(?:[ \\t]+extends[ \\t]+[^{]+)?|(type)[ \\t]+([A-Z][A-Za-z0-9_]*)(?:<[^>{]*>)?[ \\t]*=)[ \\t]*\\{");
    private static final Pattern ALIAS_UNION = Pattern.compile("(?m)^[ \\t]*(?:export[ \\t]+)?type[ \\t]+([A-Z][A-Za-z0-9_]*)[ \\t]*=[ \\t]*"
            + "((?:\\|[ \\t]*)?['\"][^'\"]+['\"](?:[ \\t\\n]*\\|[ \\t\\n]*['\"][^'\"]+['\"])+)");
    private static final Pattern TS_ENUM = Pattern.compile("(?m)^[ \\t]*(?:export[ \\t]+)?(?:const[ \\t]+)?enum[ \\t]+([A-Z][A-Za-z0-9_]*)[ \\t]*\\{([^}]*)}");
    private static final Pattern LITERAL = Pattern.compile("['\"]([^'\"]+)['\"]");
    private static final Pattern FIELD = Pattern.compile("^(?:readonly\\s+)?([A-Za-z_$][A-Za-z0-9_$]*)(\\?)?\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern REF_ID = Pattern.compile("^([a-z][A-Za-z0-9]*?)(?:Id|_id)$");
    /** Type names that say a shape travels or renders, not a stored thing (keep lower case). */
    private static final List<String> NOT_STORED_SUFFIXES = List.of("dto", "request", "response", "command", "props", "state", "config",
            "options", "params", "payload", "result", "error", "input", "output", "viewmodel", "vm", "context", "store", "action", "query",
            "filter", "args", "api", "service", "handler", "hook", "env", "form", "formdata", "page", "component", "schema",
            "slice", "reducer", "selector", "update", "create", "patch", "insert", "variables");
    private static final Map<String, String> SCALARS = Map.of("string", "text", "boolean", "boolean", "date", "timestamptz",
            "bigint", "bigint", "object", "jsonb", "unknown", "jsonb", "any", "jsonb", "json", "jsonb");

    private TypeScriptTypesReader() {
    }

    static boolean draws(String text) {
        return text.contains("{") && HEADER.matcher(text).find();
    }

    static void read(String text, String source, Sketch sketch) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Matcher a = ALIAS_UNION.matcher(text);
        while (a.find()) {
            values.put(a.group(1), literals(a.group(2)));
        }
        Matcher e = TS_ENUM.matcher(text);
        while (e.find()) {
            List<String> vs = new ArrayList<>();
            for (String member : e.group(2).split(",")) {
                String m = member.strip();
                if (m.isEmpty()) {
                    continue;
                }
                Matcher lit = LITERAL.matcher(m);
                vs.add(lit.find() ? lit.group(1) : m.replaceAll("\\s*=.*$", ""));
            }
            values.put(e.group(1), vs);
        }
        Map<String, List<String[]>> models = new LinkedHashMap<>(); // each type's fields, parsed once
        Matcher h = HEADER.matcher(text);
        while (h.find()) {
            String name = h.group(2) != null ? h.group(2) : h.group(4);
            int end = ExplicitSchemaReader.closing(text, h.end(), '{', '}');
            if (end < 0 || !stored(name)) {
                continue;
            }
            if (!models.containsKey(name)) {
                models.put(name, fields(text.substring(h.end(), end)));
            }
        }
        for (Map.Entry<String, List<String[]>> type : models.entrySet()) {
            List<String[]> fields = type.getValue();
            String table = EntityNames.of(type.getKey());
            if (table.isEmpty() || fields.size() < 2) {
                continue;
            }
            sketch.entity(table, source);
            for (String[] f : fields) {
                field(table, f[0], f[1] != null, f[2], models, values, source, sketch);
            }
        }
    }

    private static void field(String table, String name, boolean optional, String type, Map<String, List<String[]>> models,
                              Map<String, List<String>> values, String source, Sketch sketch) {
        String t = type.strip().replaceAll(";$", "").strip();
        boolean nullable = optional || t.matches(".*\\|\\s*(?:null|undefined)\\s*$") || t.matches("^(?:null|undefined)\\s*\\|.*");
        t = t.replaceAll("\\|\\s*(?:null|undefined)\\s*$", "").replaceAll("^(?:null|undefined)\\s*\\|", "").strip();
        boolean list = t.endsWith("[]") || t.matches("^(?:Array|ReadonlyArray)<.*>$");
        String element = t.replaceAll("\\[]$", "").replaceAll("^(?:Array|ReadonlyArray)<(.*)>$", "$1").strip();
        String column = EntityNames.column(name);
        if (models.containsKey(element) && models.get(element).size() >= 2) {
            String target = EntityNames.of(element);
            if (list) {
                // the other side holds the key, and the parent holds its children: cards: Card[] on Deck -> card.deck_id, CASCADE;
                // a key the child declares itself keeps its own optionality (roomId: string | null -> SET NULL)
                String key = table + "_id";
                String[] own = models.get(element).stream().filter(f -> EntityNames.column(f[0]).equals(key)).findFirst().orElse(null);
                boolean optionalKey = own != null && (own[1] != null || own[2].matches(".*\\b(?:null|undefined)\\b.*"));
                sketch.field(target, key, optionalKey ? "uuid optional on delete set null" : "uuid required on delete cascade", source);
                sketch.references.add(new Sketch.Reference(target, key, table, source));
            } else {
                String key = column.endsWith("_id") ? column : column + "_id";
                sketch.field(table, key, "uuid" + (nullable ? " optional" : " required"), source);
                sketch.references.add(new Sketch.Reference(table, key, target, source));
            }
            return;
        }
        StringBuilder hint = new StringBuilder();
        List<String> literals = element.matches("^['\"].*['\"]$") || element.matches("^['\"][^'\"]+['\"](\\s*\\|\\s*['\"][^'\"]+['\"])+$")
                ? literals(element) : values.get(element);
        String scalar = SCALARS.get(element.toLowerCase(Locale.ROOT));
        if (literals != null && !literals.isEmpty()) {
            hint.append("enum: ").append(String.join(", ", literals));
        } else if (element.startsWith("{") || element.startsWith("Record<") || element.startsWith("Map<")) {
            hint.append("jsonb");
        } else if (scalar != null) {
            hint.append(scalar.equals("timestamptz") && column.matches(".*(?:_on|_date|^date|birthday|_day)$") ? "date" : scalar);
        } else if (!element.equals("number")) {
            hint.append(""); // an unknown named type: let the column's name decide
        }
        if (list && hint.length() > 0 && !hint.toString().startsWith("jsonb") && !hint.toString().startsWith("enum")) {
            hint.append("[]");
        } else if (list && hint.length() == 0) {
            hint.append(element.equals("number") ? "integer[]" : "jsonb");
        }
        hint.append(nullable ? " optional" : " required");
        if (column.equals("id")) {
            hint.append(" primary key");
        }
        sketch.field(table, column, hint.toString().strip(), source);
        Matcher ref = REF_ID.matcher(name);
        if (ref.matches() && !column.equals("id")) {
            String named = EntityNames.of(ref.group(1));
            // taskId names CareTask when it is the one model type ending in "task"
            List<String> types = models.keySet().stream().map(EntityNames::of).filter(k -> k.equals(named) || k.endsWith("_" + named)).toList();
            String target = types.contains(named) ? named : types.size() == 1 ? types.get(0)
                    : Set.of(EntityNames.USER, "owner", "author", "creator").contains(named) ? EntityNames.USER : null;
            if (target != null) {
                sketch.field(table, column, "uuid", source);
                sketch.references.add(new Sketch.Reference(table, column, target, source));
            }
        }
    }

    /** The fields of a body at depth 0: "name?: type" separated by ";", "," or new lines; nested braces stay in the type. */
    private static List<String[]> fields(String body) {
        List<String[]> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        String clean = body.replaceAll("//[^\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "").replace("=>", "\u2192");
        for (char c : clean.toCharArray()) {
            depth += c == '{' || c == '<' || c == '(' || c == '[' ? 1 : c == '}' || c == '>' || c == ')' || c == ']' ? -1 : 0;
            if (depth == 0 && (c == ';' || c == '\n' || c == ',')) {
                add(cur.toString(), out);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(cur.toString(), out);
        return out;
    }

    private static void add(String piece, List<String[]> out) {
        String p = piece.strip();
        if (p.isEmpty()) {
            return;
        }
        Matcher f = FIELD.matcher(p);
        if (f.matches() && !f.group(3).strip().startsWith("(") && !f.group(3).contains("\u2192")) { // methods are not columns
            out.add(new String[] {f.group(1), f.group(2), f.group(3).strip()});
        }
    }

    private static boolean stored(String name) {
        String low = name.toLowerCase(Locale.ROOT);
        return NOT_STORED_SUFFIXES.stream().noneMatch(s -> low.endsWith(s) && low.length() > s.length()) && !Set.of("env", "window", "props").contains(low);
    }

    private static List<String> literals(String union) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(union);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

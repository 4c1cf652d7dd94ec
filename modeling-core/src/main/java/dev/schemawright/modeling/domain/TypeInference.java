package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types from a column's name and what the text says about it ("VARCHAR(20)", "max 100 chars", "Integer",
 * "Enum: EASY, MEDIUM, HARD"): explicit SQL/ORM types first, then naming conventions (is_/has_ flags, *_at instants,
 * *_date days, counts, money, json payloads).
 */
public final class TypeInference {
    /** Column names that are counts on their own (plural units and repetitions). */
    private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("reps", "repetitions", "sets", "laps", "weeks", "days", "hours",
            "minutes", "seconds", "months", "years", "servings", "guests", "seats", "nights", "stars", "points", "votes", "likes", "views");
    private static final Pattern MEASURE = Pattern.compile(".+_(?:kg|g|mg|lb|lbs|oz|km|m|m2|sqm|cm|mm|mi|ft|ml|kcal|cal|kwh|kw)$");

    private static final Pattern VARCHAR = Pattern.compile("\\b(?:varchar|character varying|char)\\s*\\(\\s*(\\d{1,5})\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAX_CHARS = Pattern.compile("(?:max(?:imum)?\\.?|up to|at most|≤|<=|do|maks\\.?)\\s*(\\d{1,5})\\s*(?:chars?|characters?|znak)|"
            + "\\b\\d{1,4}\\s*[-–]\\s*(\\d{1,5})\\s*(?:chars?|characters?|znak)|length\\)?\\s*(?:<=|≤)\\s*(\\d{1,5})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(?:numeric|decimal)\\s*\\(\\s*(\\d{1,2})\\s*,\\s*(\\d{1,2})\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_LIST = Pattern.compile("\\bin\\s*\\(\\s*('[^']*'(?:\\s*,\\s*'[^']*')+)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUM_VALUES = Pattern.compile("(?:enum|one of|values?|statuses|allowed|either)\\s*[:(]?\\s*((?:'?[A-Za-z_][\\w-]*'?\\s*(?:,|/|\\||or)\\s*)+'?[A-Za-z_][\\w-]*'?)",
            Pattern.CASE_INSENSITIVE);

    private TypeInference() {
    }

    public static ColumnType infer(String column, String hint) {
        String h = hint == null ? "" : hint.toLowerCase(Locale.ROOT);
        Matcher v = VARCHAR.matcher(h);
        if (v.find()) {
            return ColumnType.varchar(clamp(Integer.parseInt(v.group(1))));
        }
        Matcher num = NUMERIC.matcher(h);
        if (num.find()) {
            int p = Integer.parseInt(num.group(1));
            int s = Math.min(p, Integer.parseInt(num.group(2)));
            return ColumnType.numeric(Math.max(1, p), s);
        }
        ColumnType declared = declared(h);
        if (declared != null) {
            return declared;
        }
        if (h.matches("^[\\s(]*array\\b.*")) {
            return byName(column).asArray();
        }
        Matcher max = MAX_CHARS.matcher(h);
        if (max.find()) {
            String n = max.group(1) != null ? max.group(1) : max.group(2) != null ? max.group(2) : max.group(3);
            return ColumnType.varchar(clamp(Integer.parseInt(n)));
        }
        return byName(column);
    }

    private static int clamp(int n) {
        return Math.max(1, Math.min(n, 10485760));
    }

    /** A type word at the start of the hint ("TEXT", "(Integer, positive)", "jsonb array"). */
    private static ColumnType declared(String h) {
        String first = h.replaceAll("^[\\s(:\\-–—]+", "");
        String word = first.split("[^a-z0-9\\[\\]]+", 2)[0];
        boolean array = word.endsWith("[]") || first.matches("^" + Pattern.quote(word) + "\\s+array\\b.*");
        word = word.replace("[]", "");
        if (word.equals("array")) {
            return null; // "array of ..." says nothing of the element type; the column name may
        }
        ColumnType t = switch (word) {
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "text", "string", "citext" -> ColumnType.of(TypeKind.TEXT);
            case "int", "integer", "int4", "serial" -> ColumnType.of(TypeKind.INTEGER);
            case "smallint", "int2" -> ColumnType.of(TypeKind.SMALLINT);
            case "bigint", "int8", "long", "bigserial" -> ColumnType.of(TypeKind.BIGINT);
            case "boolean", "bool" -> ColumnType.of(TypeKind.BOOLEAN);
            case "timestamptz", "timestamp", "datetime", "instant" -> ColumnType.of(TypeKind.TIMESTAMPTZ);
            case "date", "localdate" -> ColumnType.of(TypeKind.DATE);
            case "time" -> ColumnType.of(TypeKind.TIME);
            case "numeric", "decimal", "money", "bigdecimal" -> ColumnType.numeric(12, 2);
            case "real", "float", "double", "float8", "float4" -> ColumnType.of(TypeKind.REAL);
            case "jsonb", "json" -> ColumnType.of(TypeKind.JSON);
            case "bytea", "blob" -> ColumnType.of(TypeKind.BYTES);
            case "interval" -> ColumnType.of(TypeKind.INTERVAL);
            default -> null;
        };
        if (t != null && array) {
            return t.asArray();
        }
        return t;
    }

    /** Naming conventions, the way a data architect reads a column list without types. */
    public static ColumnType byName(String c) {
        if (c.equals("id") || c.endsWith("_id") || c.endsWith("_uuid")) {
            return ColumnType.of(TypeKind.UUID);
        }
        if (c.startsWith("is_") || c.startsWith("has_") || c.startsWith("can_") || c.endsWith("_enabled") || c.endsWith("_flag")
                || c.equals("active") || c.equals("enabled") || c.equals("completed") || c.equals("archived") || c.equals("favorite")
                || c.equals("pinned") || c.equals("visible") || c.equals("verified") || c.equals("wishlisted") || c.equals("stale")) {
            return ColumnType.of(TypeKind.BOOLEAN);
        }
        if (c.endsWith("_at") || c.endsWith("_time") || c.equals("timestamp")) {
            return ColumnType.of(TypeKind.TIMESTAMPTZ);
        }
        if (c.endsWith("_date") || c.equals("date") || c.endsWith("_day") || c.equals("birthday") || c.endsWith("_month")
                || c.startsWith("date_") || c.equals("deadline")) {
            return ColumnType.of(TypeKind.DATE);
        }
        if (money(c)) {
            return ColumnType.numeric(12, 2); // before counts: "total_amount" is money, "total_pages" a count
        }
        if (c.endsWith("_count") || c.startsWith("count") || c.startsWith("number_of") || c.startsWith("num_") || c.endsWith("_minutes")
                || c.endsWith("_seconds") || c.endsWith("_days") || c.endsWith("_months") || c.endsWith("_pages") || c.endsWith("_number")
                || c.equals("position") || c.equals("sort_order") || c.equals("quantity") || c.startsWith("quantity_") || c.equals("page") || c.equals("year")
                || c.startsWith("total_") || c.equals("attempts") || c.endsWith("_order") || c.equals("order_index") || c.equals("capacity")
                || c.equals("age") || c.equals("duration") || c.equals("priority") || c.equals("rank") || c.endsWith("_index")
                || c.equals("current_page") || c.equals("step_number") || c.equals("level") || c.endsWith("_limit")
                || COUNT_WORDS.contains(c) || c.endsWith("_hours") && !c.matches("(?:opening|business|office|working|open)_hours") || c.endsWith("_weeks") || c.endsWith("_years") || c.endsWith("_reps")) {
            return ColumnType.of(TypeKind.INTEGER);
        }
        if (MEASURE.matcher(c).matches()) {
            return ColumnType.of(TypeKind.NUMERIC); // a quantity in a unit: weight_kg, distance_km, height_cm
        }

        if (c.equals("rating") || c.equals("score") || c.endsWith("_score") || c.endsWith("_rating")) {
            return ColumnType.of(TypeKind.NUMERIC);
        }
        if (c.equals("latitude") || c.equals("longitude") || c.equals("lat") || c.equals("lng") || c.endsWith("_rate")
                || c.equals("percentage") || c.endsWith("_percentage") || c.equals("temperature")) {
            return ColumnType.of(TypeKind.REAL);
        }
        if (c.equals("metadata") || c.endsWith("_data") || c.equals("data") || c.equals("settings") || c.equals("preferences")
                || c.endsWith("_json") || c.equals("payload") || c.equals("details") || c.equals("parameters") || c.equals("config")
                || c.equals("options") || c.endsWith("_metadata") || c.equals("attributes")) {
            return ColumnType.of(TypeKind.JSON);
        }
        if (c.equals("email")) {
            return ColumnType.varchar(255);
        }
        return ColumnType.of(TypeKind.TEXT);
    }

    private static boolean money(String c) {
        return c.equals("price") || c.equals("amount") || c.equals("cost") || c.equals("balance") || c.endsWith("_price")
                || c.endsWith("_amount") || c.endsWith("_cost") || c.endsWith("_balance") || c.equals("salary") || c.equals("fee")
                || c.equals("principal") || c.equals("budget") || c.endsWith("_total");
    }

    /** Allowed values the text lists for a column ("status: draft, published, archived"). */
    public static List<String> enumValues(String hint) {
        if (hint == null) {
            return List.of();
        }
        Matcher in = IN_LIST.matcher(hint);
        Matcher m = ENUM_VALUES.matcher(hint);
        String list;
        if (in.find()) {
            list = in.group(1); // CHECK (role IN ('user', 'helper')): every quoted value, however many (sixty log event types too)
        } else if (m.find()) {
            list = m.group(1);
        } else {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String v : list.split("\\s*(?:,|/|\\||\\bor\\b)\\s*")) {
            String s = enumValue(v);
            if (!s.isEmpty() && !values.contains(s)) {
                values.add(s);
            }
        }
        int max = list.contains("'") ? 100 : 20; // quoted values are a list on purpose, prose lists longer than 20 are not values
        return values.size() >= 2 && values.size() <= max ? values : List.of();
    }

    /** One listed value as a CHECK and enum keep it ("'In progress'" -> in_progress); blank when it cannot be one. */
    public static String enumValue(String raw) {
        String s = raw.replace("'", "").strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return !s.isEmpty() && s.length() <= 40 && s.matches("[a-z][a-z0-9_]*") ? s : "";
    }
}

package dev.schemawright.modeling.lang;

import java.util.Set;

/**
 * Word lists that carry general product-document knowledge (no project's domain words): what is never an entity, and
 * which nouns name attributes or labels rather than things.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** UI, system and document words: never tables. */
    public static final Set<String> NOT_ENTITIES = Set.of(
            "page", "button", "screen", "form", "dashboard", "system", "application", "app", "toast", "modal", "dialog", "view", "tab",
            "menu", "link", "field", "input", "interface", "ui", "ux", "layout", "component", "window", "sidebar", "header", "footer",
            "panel", "section", "widget", "icon", "card_view", "popup", "tooltip", "notification_toast", "message_box", "banner", "spinner",
            "website", "site", "web", "browser", "mobile", "desktop", "device", "platform", "tool", "feature", "functionality",
            "option", "mode", "flow", "process", "step_by_step", "way", "time", "moment", "day", "week", "month", "year", "minute",
            "second", "hour", "number", "percentage", "percent", "count", "amount", "total", "value", "level", "rate", "ratio", "metric",
            "kpi", "goal", "objective", "problem", "solution", "requirement", "story", "criterion", "criteria", "scope", "mvp", "product",
            "project", "team", "developer", "stakeholder", "persona", "api", "endpoint", "database", "db", "table", "column", "row",
            "record", "schema", "query", "backend", "frontend", "server", "client", "service", "library_view", "framework", "stack",
            "test", "error", "message_error", "validation", "confirmation", "success", "failure", "click", "action", "operation",
            "access", "permission", "security", "privacy", "performance", "load", "support", "help", "information", "info", "data",
            "detail", "details", "list", "overview", "summary", "result", "results", "state", "change", "update", "edit", "deletion",
            "creation", "management", "possibility", "ability", "need", "pain", "point", "user", "users", "account", "password",
            "email", "e_mail", "login", "logout", "registration", "sign", "signup", "credential", "auth", "authentication",
            "authorization", "token", "jwt", "session_token", "cookie", "admin_panel", "thing", "item_view", "content_view", "text",
            "language", "english", "polish", "version", "release", "phase", "milestone", "deadline", "launch", "week_one", "use",
            "usage", "user_experience", "experience", "quality", "speed", "latency", "response_time", "uptime", "availability",
            "mechanism", "logic", "rule", "constraint", "limit", "maximum", "minimum", "case", "edge", "scenario_test", "example",
            "default", "lack", "friction", "loss", "value_proposition", "people", "person", "customer_segment", "market",
            "clipboard", "copy", "paste", "keyboard", "shortcut", "mouse", "touch", "swipe", "scroll", "pagination", "filter", "search",
            "sort", "order_view", "query_param", "url_param", "route", "redirect", "navigation", "nav", "home", "homepage", "landing",
            "preview", "placeholder", "label_text", "spinner_view", "loader", "loading", "skeleton", "state_view", "status_bar",
            "responsiveness", "accessibility", "theme", "dark_mode", "style", "color_scheme", "font", "design", "mockup", "wireframe",
            "ai", "llm", "model", "gpt", "openai", "openrouter", "prompt_engineering", "backend_service", "supabase", "postgres",
            "postgresql", "github", "google", "docker", "vercel", "netlify", "react", "astro", "typescript", "tailwind", "node",
            "java", "spring", "index", "indice", "enum", "syntax", "helper", "display", "provide", "map", "maps", "entry_view", "selection",
            "instruction_view", "explanation", "suggestion_view", "investment", "adult", "library", "collection", "catalog", "portfolio", "inventory_view", "workspace_view", "python", "fastapi", "django", "rls", "crud", "csv", "json", "pdf", "html", "markdown", "http", "rest");

    /**
     * Words of {@link #NOT_ENTITIES} that some products do store ("pages" of a wiki, "options" of a quiz question, "projects"
     * of a planner, "search" logs): they become tables only when the text treats them as data, loudly (see EntityPass).
     */
    public static final Set<String> SOFT_NOT_ENTITIES = Set.of(
            "page", "form", "dashboard", "menu", "link", "field", "section", "device", "feature", "option", "process", "goal",
            "objective", "problem", "solution", "story", "project", "team", "persona", "client", "service", "test", "error", "action",
            "permission", "change", "version", "release", "milestone", "deadline", "rule", "example", "person", "filter", "search",
            "theme", "model", "library", "collection", "catalog", "portfolio", "map", "day", "week", "month", "metric", "list",
            "widget", "platform", "tool", "operation", "result", "template");

    /** Never a table of the product's own: UI chrome, documents, the stack, the signed-in actor, abstract words. */
    public static boolean hardNotEntity(String word) {
        return NOT_ENTITIES.contains(word) && !SOFT_NOT_ENTITIES.contains(word);
    }

    /** Words naming attributes of something rather than things of their own. */
    public static final Set<String> ATTRIBUTE_WORDS = Set.of(
            "name", "title", "description", "content", "body", "text", "status", "state", "type", "kind", "date", "time", "timestamp",
            "count", "number", "total", "amount", "price", "cost", "url", "link", "email", "phone", "address", "color", "colour",
            "icon", "image", "photo", "avatar", "picture", "position", "order", "rank", "rating", "score", "level", "size", "length",
            "duration", "weight", "height", "width", "quantity", "unit", "code", "sku", "slug", "label", "note_text", "summary",
            "excerpt", "id", "identifier", "value", "percentage", "progress", "visibility", "language", "format", "source", "author",
            "owner", "creator", "frequency", "deadline", "due_date", "start", "end", "location", "latitude", "longitude", "currency",
            "balance", "rate", "term", "goal", "target", "limit", "preference", "setting", "metadata", "flag", "version", "page");

    /**
     * What users do to a thing that the product must remember as a row of its own: "members vote on books" stores votes,
     * "buyers review products" reviews. Verb lemma -> the record's name.
     */
    public static final java.util.Map<String, String> ACTIVITY_RECORDS = java.util.Map.ofEntries(
            java.util.Map.entry("vote", "vote"), java.util.Map.entry("upvote", "vote"), java.util.Map.entry("rate", "rating"),
            java.util.Map.entry("review", "review"), java.util.Map.entry("comment", "comment"), java.util.Map.entry("like", "like"),
            java.util.Map.entry("enroll", "enrollment"), java.util.Map.entry("enrol", "enrollment"), java.util.Map.entry("subscribe", "subscription"),
            java.util.Map.entry("rsvp", "rsvp"), java.util.Map.entry("attend", "attendance"), java.util.Map.entry("react", "reaction"),
            java.util.Map.entry("bid", "bid"), java.util.Map.entry("apply", "application"));

    /** Categorization words: many-to-many with what they label unless the text says otherwise. */
    public static final Set<String> LABEL_WORDS = Set.of("tag", "label", "category", "keyword", "topic", "genre");
}

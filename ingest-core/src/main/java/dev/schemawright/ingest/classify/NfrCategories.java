package dev.schemawright.ingest.classify;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-functional categories, tested in order (most specific first: "row-level security" is authorization before it
 * is security). Strong phrases alone make a statement non-functional; weak ones only name its category.
 */
public final class NfrCategories {
    private static final List<Phrases> CATEGORIES = List.of(
            Phrases.named("multi_tenancy", "multi-?tenan", "tenant", "tenancy", "per-organi[sz]ation isolation", "wielodzierżaw", "najemc"),
            Phrases.named("authorization", "row[- ]level security", "rls", "role-based", "rbac", "permissions?", "authori[sz]",
                    "access control", "only (?:the |their |his |her )?(?:own|owner|author|admin)", "see only", "data isolation",
                    "uprawnie", "autoryzac", "tylko własn", "izolacj"),
            Phrases.named("authentication", "authenticat", "log ?in", "sign ?in", "sign ?up", "passwords?", "oauth", "sso",
                    "2fa", "mfa", "magic link", "jwt", "session", "uwierzytel", "autentyk", "logowa", "hasł", "rejestrac", "registration"),
            Phrases.named("audit", "audit", "audyt", "history of changes", "change history", "change log", "activity log",
                    "who (?:changed|created|modified)", "historia zmian"),
            Phrases.named("soft_delete", "soft[- ]delet", "deleted_at", "trash", "recycle bin", "undelete", "restor", "archiv",
                    "kosz", "przywr", "archiwiz"),
            Phrases.named("retention", "retention", "retain", "purg", "deleted after", "kept for", "stored for", "expire",
                    "przechowywan", "okres przechow", "usuwan\\w* po"),
            Phrases.named("privacy", "gdpr", "rodo", "personal data", "privacy", "pii", "anonymi", "consent", "prywatno",
                    "dane osobowe", "right to be forgotten"),
            Phrases.named("performance", "performance", "response time", "latency", "load time", "loads? (?:in|within)",
                    "p9[59]", "within \\d+\\s*(?:ms|s|sec|seconds|milliseconds)", "under \\d+\\s*(?:ms|s|sec|seconds)",
                    "wydajno", "czas odpowiedzi", "szybko"),
            Phrases.named("scale", "scal", "concurrent users", "\\d[\\d,. ]*\\+? (?:concurrent |active )?users",
                    "thousands of", "millions of", "high availability", "uptime", "skalow", "równoczesn"),
            Phrases.named("security", "secur", "encrypt", "xss", "csrf", "sql injection", "rate[- ]limit", "https", "tls",
                    "hash", "bezpiecze", "szyfrow"));

    /** Phrases that by themselves make a sentence a non-functional requirement. */
    private static final Phrases STRONG = Phrases.of("row[- ]level security", "rls", "gdpr", "rodo", "encrypt", "audit log",
            "audit trail", "soft[- ]delet", "retention", "response time", "latency", "p9[59]", "multi-?tenan",
            "concurrent users", "uptime", "wcag", "szyfrow", "czas odpowiedzi", "within \\d+\\s*(?:ms|milliseconds|seconds|s)\\b");
    private static final Phrases NFR_SECTION = Phrases.of("non-?functional", "nfr", "niefunkcjonal", "quality attributes",
            "security", "performance", "privacy", "compliance", "bezpiecze", "wydajno", "prywatno", "scalab", "skalowal");

    private NfrCategories() {
    }

    /** Every category in one alternation (group i+1 = category i), so the text is scanned once. */
    private static final Pattern ANY_CATEGORY = Pattern.compile(Phrases.WORD_START + "(?:"
            + String.join("|", CATEGORIES.stream().map(p -> "(" + p.alternatives() + ")").toList()) + ")");

    /** The highest-priority category named in already lower-cased text. */
    public static Optional<String> category(String lower) {
        Matcher m = ANY_CATEGORY.matcher(lower);
        int best = Integer.MAX_VALUE;
        while (m.find() && best > 0) {
            for (int i = 1; i <= m.groupCount(); i++) {
                if (m.start(i) >= 0) {
                    best = Math.min(best, i - 1);
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(CATEGORIES.get(best).name());
    }

    public static boolean strong(String lower) {
        return STRONG.inLower(lower);
    }

    public static boolean section(List<String> context) {
        return NFR_SECTION.inAny(context);
    }
}

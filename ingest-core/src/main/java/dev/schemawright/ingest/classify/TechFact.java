package dev.schemawright.ingest.classify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A technology named in a tech-stack statement: category (database, auth, orm, hosting, ai, framework, language) and
 * canonical value. Products are tested in category priority order, so "Supabase provides PostgreSQL" is a database
 * fact and "Supabase Auth" an auth fact.
 */
public record TechFact(String category, String value) {
    /** {@code pattern}: alternatives in lower case, without capturing groups. */
    private record Product(String category, String value, String pattern) {
    }

    private static final List<Product> PRODUCTS = List.of(
            p("auth", "Supabase Auth", "supabase auth", "supabase[- ]?(?:based )?(?:authentication|auth\\b)"),
            p("auth", "Auth0", "auth0"), p("auth", "Clerk", "clerk"), p("auth", "Firebase Auth", "firebase auth"),
            p("auth", "Keycloak", "keycloak"), p("auth", "AWS Cognito", "cognito"), p("auth", "NextAuth", "next-?auth", "auth\\.js"),
            p("auth", "Lucia", "lucia auth"), p("auth", "Better Auth", "better[- ]auth"),
            p("database", "PostgreSQL", "postgres(?:ql)?", "pgvector"), p("database", "MySQL", "mysql"),
            p("database", "MariaDB", "mariadb"), p("database", "SQLite", "sqlite"), p("database", "MongoDB", "mongo(?:db)?"),
            p("database", "SQL Server", "sql server", "mssql"), p("database", "Firestore", "firestore"),
            p("database", "Supabase", "supabase"), p("database", "H2", "h2(?: database)?"), p("database", "Redis", "redis"),
            p("orm", "Prisma", "prisma"), p("orm", "Drizzle", "drizzle"), p("orm", "TypeORM", "typeorm"),
            p("orm", "Sequelize", "sequelize"), p("orm", "SQLAlchemy", "sqlalchemy"), p("orm", "SQLModel", "sqlmodel"),
            p("orm", "Hibernate", "hibernate", "jpa"), p("orm", "Entity Framework", "entity framework", "ef core"),
            p("orm", "Django ORM", "django orm"), p("orm", "Knex", "knex"), p("orm", "Mongoose", "mongoose"),
            p("hosting", "Vercel", "vercel"), p("hosting", "Netlify", "netlify"), p("hosting", "DigitalOcean", "digital ?ocean"),
            p("hosting", "Cloudflare", "cloudflare"), p("hosting", "AWS", "aws", "amazon web services"),
            p("hosting", "Azure", "azure"), p("hosting", "Google Cloud", "gcp", "google cloud"), p("hosting", "Heroku", "heroku"),
            p("hosting", "Fly.io", "fly\\.io"), p("hosting", "Render", "render\\.com"), p("hosting", "Railway", "railway"),
            p("hosting", "Docker", "docker"),
            p("ai", "OpenRouter", "openrouter"), p("ai", "OpenAI", "openai", "gpt-?\\d"), p("ai", "Anthropic", "anthropic", "claude"),
            p("ai", "Google Gemini", "gemini"),
            p("framework", "Next.js", "next\\.?js"), p("framework", "Astro", "astro"), p("framework", "React", "react"),
            p("framework", "Vue", "vue"), p("framework", "Angular", "angular"), p("framework", "Svelte", "svelte(?:kit)?"),
            p("framework", "Django", "django"), p("framework", "FastAPI", "fastapi"), p("framework", "Flask", "flask"),
            p("framework", "Spring Boot", "spring(?: boot)?"), p("framework", "Express", "express(?:\\.js)?"),
            p("framework", "NestJS", "nest\\.?js"), p("framework", "ASP.NET", "asp\\.net", "\\.net"),
            p("framework", "Laravel", "laravel"), p("framework", "Ruby on Rails", "rails"), p("framework", "Quarkus", "quarkus"),
            p("framework", "Tailwind", "tailwind"),
            p("language", "TypeScript", "typescript"), p("language", "JavaScript", "javascript"), p("language", "Python", "python"),
            p("language", "Java", "java(?!script)"), p("language", "Kotlin", "kotlin"), p("language", "C#", "c#"),
            p("language", "Go", "golang"), p("language", "Rust", "rust"), p("language", "PHP", "php"), p("language", "Ruby", "ruby"));

    private static final List<String> ORDER = List.of("database", "auth", "orm", "hosting", "ai", "framework", "language");
    /** All products in one alternation (group i+1 = product i): one scan of the text instead of one per product. */
    private static final Pattern ANY_PRODUCT = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|",
            PRODUCTS.stream().map(p -> "(" + p.pattern() + ")").toList()) + ")(?![\\p{L}\\p{N}])");
    private static final Phrases AUTH_WORDS = Phrases.of("auth", "login", "log in", "sign in", "uwierzytel", "autentyk", "logowa");

    private static Product p(String category, String value, String... patterns) {
        return new Product(category, value, String.join("|", patterns));
    }

    /** The highest-priority technology named in {@code text}; a statement about authentication names its provider as auth. */
    public static Optional<TechFact> find(String text) {
        List<TechFact> all = findAll(text);
        String lower = text.toLowerCase(Locale.ROOT);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (AUTH_WORDS.inLower(lower)) {
            Optional<TechFact> auth = all.stream().filter(f -> f.category().equals("auth")).findFirst();
            if (auth.isPresent()) {
                return auth;
            }
        }
        return Optional.of(all.get(0));
    }

    /**
     * Every category the text names, one fact per category in priority order (database first). Supabase named in a
     * statement about logging in also counts as the auth provider ("Supabase - user authentication and database").
     */
    public static List<TechFact> findAll(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, String> byCategory = new TreeMap<>(java.util.Comparator.comparingInt(ORDER::indexOf));
        Matcher m = ANY_PRODUCT.matcher(lower);
        while (m.find()) {
            Product found = PRODUCTS.get(group(m));
            byCategory.putIfAbsent(found.category(), found.value());
        }
        if ("Supabase".equals(byCategory.get("database")) && AUTH_WORDS.inLower(lower)) {
            byCategory.putIfAbsent("auth", "Supabase Auth");
        }
        return byCategory.entrySet().stream().map(e -> new TechFact(e.getKey(), e.getValue())).toList();
    }

    /** The database engine behind a database product: Supabase runs PostgreSQL. */
    public static String engine(String database) {
        return database.equals("Supabase") ? "PostgreSQL" : database;
    }

    private static int group(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.start(i) >= 0) {
                return i - 1;
            }
        }
        throw new IllegalStateException("unsupported match " + m.group());
    }
}

package dev.schemawright.contracts.tenant;

import dev.schemawright.contracts.requirement.RunIds;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * API keys: {@code sw_} followed by 43 URL-safe characters (256 random bits). Only the SHA-256 of a key is ever stored;
 * a plain hash is enough because the key is random, not a password a person chose.
 */
public final class ApiKeys {
    public static final String PREFIX = "sw_";
    private static final Pattern FORMAT = Pattern.compile("sw_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a bearer token is one of ours (else it may be an OIDC access token). */
    public static boolean looksLikeKey(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    public static String hash(String key) {
        return RunIds.sha256Hex(key.getBytes(StandardCharsets.US_ASCII));
    }

    /** What may be shown of a key (logs, listings): its first characters. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + 6));
    }
}

package dev.schemawright.render.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one rule every renderer applies to a model name before using it as a database name: control characters become
 * {@code _} (PostgreSQL rejects NUL, none is printable) and names over 63 UTF-8 bytes (PostgreSQL's NAMEDATALEN-1)
 * are cut to 54 bytes plus {@code _} and 8 hex digits of the name's SHA-256, so two long names stay distinct and every
 * target uses the very same physical name.
 */
public final class PhysicalName {
    public static final int MAX_BYTES = 63;
    private static final int HASH_HEX = 8;

    private PhysicalName() {
    }

    public static String of(String modelName) {
        StringBuilder clean = new StringBuilder(modelName.length());
        modelName.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                clean.append('_');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String name = clean.toString();
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        int budget = MAX_BYTES - HASH_HEX - 1;
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > budget) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return cut + "_" + sha256Hex(modelName).substring(0, HASH_HEX);
    }

    static String sha256Hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }
}

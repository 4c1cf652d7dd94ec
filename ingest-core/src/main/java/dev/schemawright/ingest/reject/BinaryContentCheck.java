package dev.schemawright.ingest.reject;

/**
 * Decoded "text" that is mostly control characters or replacement characters is binary data that slipped past type
 * detection. Counts over the whole text once; tolerates a few stray bytes.
 */
public final class BinaryContentCheck {
    private BinaryContentCheck() {
    }

    public static boolean binary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return bad * 100 > text.length() * 2L; // more than 2 %
    }
}

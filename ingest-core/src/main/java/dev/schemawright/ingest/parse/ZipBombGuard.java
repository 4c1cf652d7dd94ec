package dev.schemawright.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip container (DOCX) into nowhere before any parser sees it, stopping as soon as the total inflated size
 * passes the budget or the entry count is absurd. Linear in the budget; never holds inflated data.
 */
public final class ZipBombGuard {
    private static final int MAX_ENTRIES = 10_000;

    private ZipBombGuard() {
    }

    /** Empty when safe; otherwise why the container is refused. */
    public static Optional<String> check(byte[] zip, long maxInflatedBytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of("has more than " + MAX_ENTRIES + " zip entries");
                }
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxInflatedBytes) {
                        return Optional.of("expands to more than " + maxInflatedBytes + " bytes when unzipped ("
                                + zip.length + " bytes compressed): a zip bomb or far too large");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // damage is reported by the parser with its own reason
        }
        return Optional.empty();
    }
}

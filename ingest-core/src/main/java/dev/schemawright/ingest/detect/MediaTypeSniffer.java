package dev.schemawright.ingest.detect;

import dev.schemawright.ingest.parse.DocumentFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Detects the media type from the bytes (magic numbers, zip container contents, text heuristics), never from the
 * name. The name only refines within the text family, where bytes cannot tell Markdown from plain text.
 */
public final class MediaTypeSniffer {
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    public static final String MARKDOWN = "text/markdown";

    private MediaTypeSniffer() {
    }

    /**
     * Text, HTML and PDF are told by their first bytes; Tika's detector otherwise reads far into the content (magic
     * numbers at large offsets), which was a twentieth of the in-process CPU on Markdown. So the first
     * {@value #HEAD_BYTES} bytes decide when they name a text-family type or PDF; anything else (a zip container such as
     * DOCX needs its directory at the end, binary data its full magic) is sniffed on the whole content.
     */
    static final int HEAD_BYTES = 8 * 1024;

    public static DetectedType detect(byte[] content, String name) {
        if (content.length > HEAD_BYTES) {
            DetectedType head = classify(sniff(Arrays.copyOf(content, HEAD_BYTES)), name);
            if (head.format().filter(f -> f != DocumentFormat.DOCX).isPresent()) {
                return head;
            }
        }
        return classify(sniff(content), name);
    }

    private static MediaType sniff(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
    }

    private static DetectedType classify(MediaType type, String name) {
        String base = type.getBaseType().toString();
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (base.equals("application/pdf")) {
            return new DetectedType(base, Optional.of(DocumentFormat.PDF));
        }
        // x-tika-ooxml: an Office container whose parts could not be read, i.e. most often a damaged DOCX
        if (base.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                || base.equals("application/x-tika-ooxml")) {
            return new DetectedType(base, Optional.of(DocumentFormat.DOCX));
        }
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return markdownName(lowerName) ? markdown() : new DetectedType(base, Optional.of(DocumentFormat.HTML));
        }
        if (base.startsWith("text/")) {
            if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
                return new DetectedType("text/html", Optional.of(DocumentFormat.HTML));
            }
            if (markdownName(lowerName) || base.equals("text/x-web-markdown") || base.equals(MARKDOWN)) {
                return markdown();
            }
            return new DetectedType("text/plain", Optional.of(DocumentFormat.TEXT));
        }
        return new DetectedType(base, Optional.empty());
    }

    private static boolean markdownName(String lowerName) {
        return lowerName.endsWith(".md") || lowerName.endsWith(".markdown") || lowerName.endsWith(".mdown");
    }

    private static DetectedType markdown() {
        return new DetectedType(MARKDOWN, Optional.of(DocumentFormat.MARKDOWN));
    }
}

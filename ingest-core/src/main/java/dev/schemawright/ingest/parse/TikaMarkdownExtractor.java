package dev.schemawright.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts PDF, DOCX and HTML through Apache Tika into Markdown (see {@link XhtmlToMarkdown}). The handler chain is
 * bounded by Tika's {@link WriteOutContentHandler} limit, so a document that expands to more characters than allowed
 * stops early instead of filling memory. Embedded documents (images, attachments) are not parsed. A parse runs on its own
 * thread of a bounded {@link ParseThreads} pool with a time limit: past it the document is refused as unreadable and its
 * thread interrupted (a parser that ignores interrupts runs on, bounded by the write limit, holding its thread; no
 * upload waits for it, and such parses never take more threads than the pool has).
 */
public final class TikaMarkdownExtractor {
    private static final AutoDetectParser PARSER = new AutoDetectParser();
    private TikaMarkdownExtractor() {
    }

    /** Result: Markdown text, or the failure. */
    public record Extraction(Optional<String> markdown, Optional<ExtractionFailure> failure) {
        static Extraction ok(String markdown) {
            return new Extraction(Optional.of(markdown), Optional.empty());
        }

        static Extraction failed(boolean tooLarge, String reason) {
            return new Extraction(Optional.empty(), Optional.of(new ExtractionFailure(tooLarge, false, reason)));
        }

        static Extraction busy(String reason) {
            return new Extraction(Optional.empty(), Optional.of(new ExtractionFailure(false, true, reason)));
        }
    }

    /**
     * {@link #extract(byte[], String, DocumentFormat, int)} on one of {@code threads} within {@code maxTime}; past it, a
     * failure that says so (the parse is abandoned). When every thread is taken, a busy failure at once.
     */
    public static Extraction extract(byte[] content, String mediaType, DocumentFormat format, int maxChars, java.time.Duration maxTime,
                                     ParseThreads threads) {
        Optional<java.util.concurrent.Future<Extraction>> submitted = threads.submit(() -> extract(content, mediaType, format, maxChars));
        if (submitted.isEmpty()) {
            return Extraction.busy("all " + threads.size() + " parse threads are taken (" + threads.abandoned()
                    + " by parses past their time limit)");
        }
        java.util.concurrent.Future<Extraction> parse = submitted.get();
        try {
            return parse.get(maxTime.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            threads.abandon(parse);
            return Extraction.failed(false, "reading it took longer than " + seconds(maxTime) + " (the parse was stopped)");
        } catch (InterruptedException e) {
            threads.abandon(parse);
            Thread.currentThread().interrupt();
            return Extraction.failed(false, "interrupted while reading it");
        } catch (java.util.concurrent.ExecutionException e) {
            return Extraction.failed(false, reason(e));
        }
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() >= 1000 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    public static Extraction extract(byte[] content, String mediaType, DocumentFormat format, int maxChars) {
        XhtmlToMarkdown markdown = new XhtmlToMarkdown(format == DocumentFormat.PDF);
        WriteOutContentHandler bounded = new WriteOutContentHandler(markdown, maxChars);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType); // the type we detected from the bytes, not the file name
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractBookmarksText(false); // the outline repeats headings after the last page
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, EmptyParser.INSTANCE);
        try (InputStream in = TikaInputStream.get(content)) {
            PARSER.parse(in, bounded, metadata, context);
            return Extraction.ok(markdown.markdown());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Extraction.failed(true, "extracted text exceeds " + maxChars + " characters");
            }
            return Extraction.failed(false, reason(e));
        } catch (TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Extraction.failed(true, "extracted text exceeds " + maxChars + " characters");
            }
            return Extraction.failed(false, reason(e));
        }
    }

    /** The innermost message is the one that names the damage ("Unexpected end of ZLIB input stream"). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}

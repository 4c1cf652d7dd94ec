package dev.schemawright.ingest.read;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.IngestLimits;
import dev.schemawright.ingest.detect.DecodedText;
import dev.schemawright.ingest.detect.DetectedType;
import dev.schemawright.ingest.detect.LanguageDetector;
import dev.schemawright.ingest.detect.MediaTypeSniffer;
import dev.schemawright.ingest.detect.TextDecoder;
import dev.schemawright.ingest.parse.Block;
import dev.schemawright.ingest.parse.BlockKind;
import dev.schemawright.ingest.parse.DocumentFormat;
import dev.schemawright.ingest.parse.ExtractionFailure;
import dev.schemawright.ingest.parse.MarkdownBlockReader;
import dev.schemawright.ingest.parse.ParseThreads;
import dev.schemawright.ingest.parse.TikaMarkdownExtractor;
import dev.schemawright.ingest.parse.ZipBombGuard;
import dev.schemawright.ingest.reject.BinaryContentCheck;
import dev.schemawright.ingest.reject.RejectionCode;
import dev.schemawright.ingest.reject.Rejection;
import dev.schemawright.ingest.reject.RepetitionCheck;
import java.util.List;
import java.util.Optional;

/**
 * Reads one document into blocks, refusing it with a specific code at the first check it fails: size, media type
 * (from bytes), zip-bomb expansion, decoding, binary content, extraction limits and damage, emptiness, repetition.
 * Markdown and plain text are decoded and read directly; HTML, PDF and DOCX go through Tika.
 */
public final class DocumentReader {
    private final IngestLimits limits;
    private final ParseThreads threads;

    public DocumentReader(IngestLimits limits) {
        this(limits, ParseThreads.shared());
    }

    public DocumentReader(IngestLimits limits, ParseThreads threads) {
        this.limits = limits;
        this.threads = threads;
    }

    /**
     * The checks that need no parsing, in a few microseconds per document whatever its size: empty, too large, and a
     * media type read from its first bytes that is one we read. Empty when the document passes them (it may still be
     * refused by {@link #read}).
     */
    public Optional<RejectedDocument> screen(InputDocument doc) {
        String name = doc.name();
        byte[] bytes = doc.content();
        if (bytes.length == 0) {
            return Optional.of((RejectedDocument) rejected("application/octet-stream", name, RejectionCode.EMPTY_DOCUMENT, "is empty (0 bytes)"));
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            return Optional.of((RejectedDocument) rejected("application/octet-stream", name, RejectionCode.DOCUMENT_TOO_LARGE,
                    "is " + bytes.length + " bytes, over the limit of " + limits.maxDocumentBytes() + " bytes"));
        }
        DetectedType type = MediaTypeSniffer.detect(bytes, name);
        return type.format().isEmpty() ? Optional.of((RejectedDocument) unreadableType(name, type)) : Optional.empty();
    }

    private static ReadOutcome unreadableType(String name, DetectedType type) {
        return type.mediaType().equals("application/octet-stream")
                ? rejected(type.mediaType(), name, RejectionCode.BINARY_CONTENT,
                        "is binary data, not a document (no known format was recognized in its bytes)")
                : rejected(type.mediaType(), name, RejectionCode.UNSUPPORTED_MEDIA_TYPE,
                        "is " + type.mediaType() + "; supported are Markdown, plain text, HTML, PDF and DOCX");
    }

    public ReadOutcome read(InputDocument doc) {
        String name = doc.name();
        byte[] bytes = doc.content();
        if (bytes.length == 0) {
            return rejected("application/octet-stream", name, RejectionCode.EMPTY_DOCUMENT, "is empty (0 bytes)");
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            return rejected("application/octet-stream", name, RejectionCode.DOCUMENT_TOO_LARGE,
                    "is " + bytes.length + " bytes, over the limit of " + limits.maxDocumentBytes() + " bytes");
        }
        DetectedType type = MediaTypeSniffer.detect(bytes, name);
        if (type.format().isEmpty()) {
            return unreadableType(name, type);
        }
        DocumentFormat format = type.format().get();
        return format == DocumentFormat.MARKDOWN || format == DocumentFormat.TEXT
                ? readText(name, bytes, type.mediaType(), format)
                : readExtracted(name, bytes, type.mediaType(), format);
    }

    private ReadOutcome readText(String name, byte[] bytes, String mediaType, DocumentFormat format) {
        DecodedText decoded = TextDecoder.decode(bytes);
        if (BinaryContentCheck.binary(decoded.text())) {
            return rejected(mediaType, name, RejectionCode.BINARY_CONTENT, "looks like text but is mostly control characters (binary data)");
        }
        if (decoded.text().isBlank()) {
            return rejected(mediaType, name, RejectionCode.EMPTY_DOCUMENT, "contains only whitespace");
        }
        // repetition before size: 5 MB of one line is refused for what it is
        Optional<String> repeated = RepetitionCheck.check(decoded.text());
        if (repeated.isPresent()) {
            return rejected(mediaType, name, RejectionCode.REPETITIVE_CONTENT, "is repetitive: " + repeated.get());
        }
        if (decoded.text().length() > limits.maxExtractedChars()) {
            return rejected(mediaType, name, RejectionCode.DOCUMENT_TOO_LARGE, "has " + decoded.text().length()
                    + " characters, over the limit of " + limits.maxExtractedChars());
        }
        String markdown = format == DocumentFormat.TEXT ? PlainText.asMarkdown(decoded.text()) : decoded.text();
        return blocks(name, mediaType, decoded.charset(), markdown);
    }

    private ReadOutcome readExtracted(String name, byte[] bytes, String mediaType, DocumentFormat format) {
        if (format == DocumentFormat.DOCX) {
            Optional<String> bomb = ZipBombGuard.check(bytes, limits.maxInflatedBytes(bytes.length));
            if (bomb.isPresent()) {
                return rejected(mediaType, name, RejectionCode.DOCUMENT_TOO_LARGE, bomb.get());
            }
        }
        TikaMarkdownExtractor.Extraction extraction =
                TikaMarkdownExtractor.extract(bytes, mediaType, format, limits.maxExtractedChars(), limits.maxParseTime(), threads);
        if (extraction.failure().isPresent()) {
            ExtractionFailure failure = extraction.failure().get();
            if (failure.busy()) {
                return rejected(mediaType, name, RejectionCode.PARSER_BUSY, "could not be read now: " + failure.reason());
            }
            return failure.tooLarge()
                    ? rejected(mediaType, name, RejectionCode.DOCUMENT_TOO_LARGE, failure.reason())
                    : rejected(mediaType, name, RejectionCode.CORRUPT_DOCUMENT, "could not be read as " + format + ": " + failure.reason());
        }
        String markdown = extraction.markdown().orElseThrow();
        if (markdown.isBlank()) {
            return rejected(mediaType, name, RejectionCode.NO_TEXT, "has no extractable text (scanned images or an empty " + format + ")");
        }
        Optional<String> repeated = RepetitionCheck.check(markdown);
        if (repeated.isPresent()) {
            return rejected(mediaType, name, RejectionCode.REPETITIVE_CONTENT, "is repetitive: " + repeated.get());
        }
        String charset = format == DocumentFormat.HTML ? TextDecoder.decode(bytes).charset() : "binary";
        return blocks(name, mediaType, charset, markdown);
    }

    private static ReadOutcome blocks(String name, String mediaType, String charset, String markdown) {
        List<Block> blocks = new MarkdownBlockReader().read(markdown);
        // code blocks are read too, but a document of nothing else states no requirement to read them against
        if (blocks.stream().allMatch(b -> b.kind() == BlockKind.CODE)) {
            return rejected(mediaType, name, RejectionCode.NO_TEXT, "has no readable text outside code blocks and markup");
        }
        return new ReadDocument(mediaType, charset, LanguageDetector.detect(markdown), blocks);
    }

    private static RejectedDocument rejected(String mediaType, String document, String code, String detail) {
        return new RejectedDocument(mediaType, new Rejection(document, code, "Document '" + document + "' " + detail + "."));
    }
}

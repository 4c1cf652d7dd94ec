package dev.schemawright.ingest.reject;

/**
 * Stable codes of ingest rejections (ERROR diagnostics). The HTTP edge maps them: empty-document 422,
 * unsupported-media-type 415, document-too-large 413, corrupt-document 422, binary-content 415, no-text 422,
 * repetitive-content 422, too-many-requirements 422, parser-busy 503.
 */
public final class RejectionCode {
    public static final String EMPTY_DOCUMENT = "empty-document";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String DOCUMENT_TOO_LARGE = "document-too-large";
    public static final String CORRUPT_DOCUMENT = "corrupt-document";
    public static final String BINARY_CONTENT = "binary-content";
    public static final String NO_TEXT = "no-text";
    public static final String REPETITIVE_CONTENT = "repetitive-content";
    public static final String TOO_MANY_REQUIREMENTS = "too-many-requirements";
    /** Not the document's fault: every parse thread was taken by parses past their time limit. Read it again later. */
    public static final String PARSER_BUSY = "parser-busy";

    private RejectionCode() {
    }
}

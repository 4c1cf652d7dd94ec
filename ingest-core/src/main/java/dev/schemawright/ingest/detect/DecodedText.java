package dev.schemawright.ingest.detect;

/** Text decoded from bytes with the charset that was detected for them. */
public record DecodedText(String text, String charset) {
}

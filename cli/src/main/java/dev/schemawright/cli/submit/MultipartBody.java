package dev.schemawright.cli.submit;

import dev.schemawright.contracts.requirement.InputDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** A multipart/form-data request body: one {@code files} part per document, as {@code curl -F files=@prd.md} sends it. */
final class MultipartBody {
    private final String boundary;
    private final byte[] bytes;

    private MultipartBody(String boundary, byte[] bytes) {
        this.boundary = boundary;
        this.bytes = bytes;
    }

    static MultipartBody ofFiles(String field, List<InputDocument> documents) {
        String boundary = newBoundary();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (InputDocument doc : documents) {
            part(out, boundary, field, doc.name(), contentType(doc.name()), doc.content());
        }
        write(out, "--" + boundary + "--\r\n");
        return new MultipartBody(boundary, out.toByteArray());
    }

    /** One file part, as {@code curl -F file=@batch.zip} sends it. */
    static MultipartBody ofFile(String field, String fileName, String contentType, byte[] content) {
        String boundary = newBoundary();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part(out, boundary, field, fileName, contentType, content);
        write(out, "--" + boundary + "--\r\n");
        return new MultipartBody(boundary, out.toByteArray());
    }

    private static String newBoundary() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return "schemawright-" + HexFormat.of().formatHex(random);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String field, String fileName, String contentType, byte[] content) {
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + quoted(fileName) + "\"\r\n");
        write(out, "Content-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n");
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        return bytes;
    }

    /** HTML's encoding of a file name inside the quoted header value. */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A hint only: ingest detects the type from the bytes, the same way in-process. */
    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "text/markdown";
        }
        if (lower.endsWith(".txt")) {
            return "text/plain";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "text/html";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/octet-stream";
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}

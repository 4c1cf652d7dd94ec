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
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String boundary = "schemawright-" + HexFormat.of().formatHex(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (InputDocument doc : documents) {
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + quoted(doc.name()) + "\"\r\n");
            write(out, "Content-Type: " + contentType(doc.name()) + "\r\n\r\n");
            out.writeBytes(doc.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new MultipartBody(boundary, out.toByteArray());
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

package dev.schemawright.ingestservice.upload;

import java.util.List;
import java.util.Objects;

/** One client-supplied file: the name as the client gave it, a safe base name for keys and citations, the bytes. */
public record UploadedFile(String uploadedName, String safeName, byte[] content) {
    public UploadedFile {
        Objects.requireNonNull(uploadedName, "uploadedName");
        Objects.requireNonNull(safeName, "safeName");
        Objects.requireNonNull(content, "content");
    }

    public static UploadedFile fromUpload(String uploadedName, byte[] content) {
        String name = uploadedName == null ? "" : uploadedName;
        return new UploadedFile(name, SafeFileNames.forUpload(name), content);
    }

    /** A file inside a project folder of a batch: {@code segments} is its path below the project folder. */
    public static UploadedFile fromProjectPath(List<String> segments, byte[] content) {
        return new UploadedFile(String.join("/", segments), SafeFileNames.forRelativePath(segments), content);
    }

    public int size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "UploadedFile[" + safeName + ", " + content.length + " bytes]";
    }
}

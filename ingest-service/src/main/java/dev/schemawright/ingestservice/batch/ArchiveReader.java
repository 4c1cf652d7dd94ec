package dev.schemawright.ingestservice.batch;

import dev.schemawright.contracts.Ids;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.ProblemError;
import dev.schemawright.ingestservice.upload.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a batch archive (.zip or .tar.gz, told apart by magic bytes, not by name) whose top-level folders are
 * projects, with every defense applied before or while reading, never after:
 * <ul>
 * <li>entry count: zip from its central directory (nothing extracted), tar.gz as headers stream by;</li>
 * <li>entries that are absolute or contain ".." reject the archive; symlinks, hard links and devices are ignored;</li>
 * <li>per-file size, total expanded size and compression ratio (zip bomb) are checked against declared sizes first
 * and against the bytes actually produced while reading, since declared sizes can lie.</li>
 * </ul>
 * Pure Java; the service maps the {@link ApiProblem}s to HTTP.
 */
public final class ArchiveReader {
    static final int MAX_LISTED = 20;
    private static final int BUFFER = 64 * 1024;

    private final ArchiveLimits limits;

    public ArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    public BatchContents read(Path archive) {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(archive)) {
            n = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw corrupt("cannot read the upload: " + e.getMessage());
        }
        if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5) && (magic[3] == 4 || magic[3] == 6)) {
            return readZip(archive);
        }
        if (n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return readTarGz(archive);
        }
        throw new ApiProblem(415, "unsupported-archive-type", "Unsupported archive type",
                "a batch must be a .zip or a .tar.gz archive (its bytes are neither)");
    }

    private BatchContents readZip(Path archive) {
        long compressedTotal = size(archive);
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>();
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                entries.add(all.nextElement());
                if (entries.size() > limits.maxEntries()) {
                    throw tooManyEntries();
                }
            }
            ProjectCollector projects = new ProjectCollector(limits);
            // Names and declared sizes first: a hostile archive is refused before a single byte is inflated.
            List<ProblemError> unsafe = new ArrayList<>();
            long declaredTotal = 0;
            for (ZipArchiveEntry e : entries) {
                if (EntryPaths.segments(e.getName()).isEmpty()) {
                    unsafe.add(ProblemError.forEntry(printable(e.getName()), "unsafe-archive-entry", "absolute path or '..' in the entry name"));
                    continue;
                }
                if (e.isDirectory() || e.isUnixSymlink()) {
                    continue;
                }
                if (e.getSize() > 0) {
                    checkRatio(e.getName(), e.getSize(), e.getCompressedSize());
                    checkFileSize(e.getName(), e.getSize());
                    declaredTotal += e.getSize();
                    checkTotal(declaredTotal);
                }
            }
            if (!unsafe.isEmpty()) {
                throw unsafeEntries(unsafe);
            }
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                List<String> segments = EntryPaths.segments(e.getName()).orElseThrow();
                if (e.isDirectory()) {
                    continue;
                }
                if (e.isUnixSymlink()) {
                    projects.ignore(e.getName(), "symbolic link");
                    continue;
                }
                Optional<ProjectCollector.Placement> placement = projects.place(e.getName(), segments);
                if (placement.isEmpty()) {
                    continue;
                }
                if (!zip.canReadEntryData(e)) {
                    throw corrupt("entry " + printable(e.getName()) + " uses an unsupported compression method or encryption");
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = readBounded(in, e.getName(), Math.min(limits.maxFileBytes(), limits.maxTotalBytes() - total),
                            e.getCompressedSize() < 0 ? e.getSize() : e.getCompressedSize());
                }
                total += bytes.length;
                checkTotal(total);
                checkRatio("the archive", total, compressedTotal);
                projects.add(placement.get(), bytes);
            }
            return projects.finish();
        } catch (IOException | RuntimeException e) {
            throw asProblem(e);
        }
    }

    private BatchContents readTarGz(Path archive) {
        try (CountingInputStream compressed = new CountingInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(compressed))) {
            ProjectCollector projects = new ProjectCollector(limits);
            int count = 0;
            long total = 0;
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw tooManyEntries();
                }
                Optional<List<String>> segments = EntryPaths.segments(e.getName());
                if (segments.isEmpty()) {
                    throw unsafeEntries(List.of(ProblemError.forEntry(printable(e.getName()), "unsafe-archive-entry",
                            "absolute path or '..' in the entry name")));
                }
                if (e.isDirectory()) {
                    continue;
                }
                // isFile() is true for any unknown type without a trailing slash: name the special ones first
                if (e.isSymbolicLink() || e.isLink() || e.isFIFO() || e.isCharacterDevice() || e.isBlockDevice() || !e.isFile()) {
                    projects.ignore(e.getName(), e.isSymbolicLink() ? "symbolic link" : e.isLink() ? "hard link" : "not a regular file");
                    continue;
                }
                checkFileSize(e.getName(), e.getSize());
                checkTotal(total + e.getSize());
                Optional<ProjectCollector.Placement> placement = projects.place(e.getName(), segments.get());
                if (placement.isEmpty()) {
                    continue;
                }
                byte[] bytes = readBounded(tar, e.getName(), Math.min(limits.maxFileBytes(), limits.maxTotalBytes() - total), -1);
                total += bytes.length;
                checkTotal(total);
                checkRatio("the archive", total, compressed.count());
                projects.add(placement.get(), bytes);
            }
            return projects.finish();
        } catch (IOException | RuntimeException e) {
            throw asProblem(e);
        }
    }

    /** Reads at most {@code limit} bytes; more = over the limit. {@code compressedSize} < 0 = unknown (ratio checked by the caller). */
    private byte[] readBounded(InputStream in, String entry, long limit, long compressedSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            read += n;
            if (read > limit) {
                if (read > limits.maxFileBytes()) {
                    throw fileTooLarge(entry, read);
                }
                throw totalTooLarge();
            }
            if (compressedSize >= 0) {
                checkRatio(entry, read, compressedSize);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void checkRatio(String what, long expanded, long compressed) {
        if (expanded > limits.ratioFloor() && expanded > (long) limits.maxCompressionRatio() * Math.max(1, compressed)) {
            throw new ApiProblem(422, "suspicious-compression-ratio", "Archive rejected",
                    printable(what) + " expands more than " + limits.maxCompressionRatio() + " times (" + expanded + " bytes from "
                            + compressed + "): refused as a likely zip bomb");
        }
    }

    private void checkFileSize(String entry, long size) {
        if (size > limits.maxFileBytes()) {
            throw fileTooLarge(entry, size);
        }
    }

    private void checkTotal(long total) {
        if (total > limits.maxTotalBytes()) {
            throw totalTooLarge();
        }
    }

    private ApiProblem tooManyEntries() {
        return new ApiProblem(413, "too-many-entries", "Archive rejected",
                "the archive has more than " + limits.maxEntries() + " entries");
    }

    private ApiProblem fileTooLarge(String entry, long size) {
        return new ApiProblem(413, "document-too-large", "Archive rejected",
                printable(entry) + " is " + (size > limits.maxFileBytes() ? "over " : "") + limits.maxFileBytes() + " bytes, the per-file limit",
                List.of(ProblemError.forEntry(printable(entry), "document-too-large", "more than " + limits.maxFileBytes() + " bytes")));
    }

    private ApiProblem totalTooLarge() {
        return new ApiProblem(413, "archive-too-large", "Archive rejected",
                "the archive expands to more than " + limits.maxTotalBytes() + " bytes");
    }

    private static ApiProblem unsafeEntries(List<ProblemError> unsafe) {
        List<ProblemError> listed = unsafe.size() > MAX_LISTED ? unsafe.subList(0, MAX_LISTED) : unsafe;
        return new ApiProblem(422, "unsafe-archive-entry", "Archive rejected",
                unsafe.size() + " entr" + (unsafe.size() == 1 ? "y has" : "ies have") + " an absolute path or '..'; first: "
                        + unsafe.get(0).entry(), listed);
    }

    private static ApiProblem corrupt(String detail) {
        return new ApiProblem(422, "corrupt-archive", "Archive rejected", detail);
    }

    private static ApiProblem asProblem(Exception e) {
        if (e instanceof ApiProblem) {
            return (ApiProblem) e;
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return corrupt("the archive cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : printable(e.getMessage())));
        }
        throw (RuntimeException) e;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw corrupt("cannot read the upload: " + e.getMessage());
        }
    }

    /** Entry names are attacker-chosen: keep them short and free of control characters in messages. */
    static String printable(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }

    /** Accumulates files per top-level folder; validates folder names as project ids. */
    static final class ProjectCollector {
        private final ArchiveLimits limits;
        private final TreeMap<String, TreeMap<String, UploadedFile>> projects = new TreeMap<>();
        private final List<String> ignored = new ArrayList<>();
        private final List<ProblemError> invalidProjects = new ArrayList<>();

        ProjectCollector(ArchiveLimits limits) {
            this.limits = limits;
        }

        record Placement(String projectId, List<String> relative, String entry) {
        }

        /** Where an entry goes, or empty when it is litter or a top-level file (noted as ignored). */
        Optional<Placement> place(String entry, List<String> segments) {
            if (segments.isEmpty() || EntryPaths.isLitter(segments)) {
                return Optional.empty();
            }
            if (segments.size() == 1) {
                ignore(entry, "top-level file; documents belong in a project folder");
                return Optional.empty();
            }
            String projectId = segments.get(0);
            if (!Ids.isProjectId(projectId)) {
                if (invalidProjects.stream().noneMatch(p -> p.entry().equals(printable(projectId)))) {
                    invalidProjects.add(ProblemError.forEntry(printable(projectId), "invalid-project-id",
                            "folder name is not a valid project id (letters, digits, '_' and '-', 1-128 characters)"));
                }
                return Optional.empty();
            }
            return Optional.of(new Placement(projectId, segments.subList(1, segments.size()), entry));
        }

        void add(Placement placement, byte[] bytes) {
            projects.computeIfAbsent(placement.projectId(), k -> new TreeMap<>())
                    .put(String.join("/", placement.relative()), UploadedFile.fromProjectPath(placement.relative(), bytes));
            if (projects.size() > limits.maxProjects()) {
                throw new ApiProblem(413, "too-many-projects", "Archive rejected",
                        "the batch has more than " + limits.maxProjects() + " projects");
            }
        }

        void ignore(String entry, String why) {
            if (ignored.size() < 100) {
                ignored.add(printable(entry) + ": " + why);
            }
        }

        BatchContents finish() {
            if (!invalidProjects.isEmpty()) {
                List<ProblemError> listed = invalidProjects.size() > MAX_LISTED ? invalidProjects.subList(0, MAX_LISTED) : invalidProjects;
                throw new ApiProblem(422, "invalid-project-id", "Archive rejected",
                        invalidProjects.size() + " top-level folder" + (invalidProjects.size() == 1 ? " is" : "s are")
                                + " not a valid project id; first: " + invalidProjects.get(0).entry(), listed);
            }
            if (projects.isEmpty()) {
                throw new ApiProblem(422, "empty-batch", "Archive rejected",
                        "the archive has no project folder with a document in it (top-level folders are projects)");
            }
            List<BatchContents.Project> out = new ArrayList<>();
            projects.forEach((id, files) -> out.add(new BatchContents.Project(id, List.copyOf(files.values()))));
            return new BatchContents(out, Collections.unmodifiableList(ignored));
        }
    }

    /** Counts the compressed bytes the decompressor has consumed, for the running ratio check. */
    static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

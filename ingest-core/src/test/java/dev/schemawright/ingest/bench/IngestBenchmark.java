package dev.schemawright.ingest.bench;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parse + extract time of one document through the whole Ingestor (detection, decoding, reading, classification). */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {

    /** Each dev PRD, by project folder. */
    @State(Scope.Benchmark)
    public static class DevPrd {
        @Param({"1mcodes__julklapp"}) // IngestBench passes every project of the corpus
        public String project;
        InputDocument doc;

        @Setup
        public void load() {
            try {
                doc = new InputDocument("prd.md", null, Files.readAllBytes(IngestBench.CORPUS.resolve(project).resolve("prd.md")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Synthetic PRDs of growing size, to show growth is linear. */
    @State(Scope.Benchmark)
    public static class Synthetic {
        @Param({"50", "200", "1000"})
        public int kilobytes;
        InputDocument doc;

        @Setup
        public void build() {
            doc = new InputDocument("prd.md", null, SyntheticPrd.ofSize(kilobytes * 1024));
        }
    }

    /** 5 MB of one repeated line: refused as repetitive-content, in one linear pass. */
    @State(Scope.Benchmark)
    public static class Repetitive {
        InputDocument doc = new InputDocument("same-line.md", null,
                "The system shall store everything forever.\n".repeat(5 * 1024 * 1024 / 43).getBytes(StandardCharsets.UTF_8));
    }

    private static final Ingestor INGESTOR = new Ingestor();

    @Benchmark
    public IngestResult devPrd(DevPrd state) {
        return INGESTOR.ingest(List.of(state.doc));
    }

    @Benchmark
    public IngestResult synthetic(Synthetic state) {
        return INGESTOR.ingest(List.of(state.doc));
    }

    @Benchmark
    public IngestResult repetitive5Mb(Repetitive state) {
        IngestResult result = INGESTOR.ingest(List.of(state.doc));
        if (!result.rejected()) {
            throw new IllegalStateException("repetitive document was not rejected");
        }
        return result;
    }

}

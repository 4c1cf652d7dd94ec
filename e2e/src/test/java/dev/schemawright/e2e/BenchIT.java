package dev.schemawright.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.cli.bench.BenchProjects;
import dev.schemawright.cli.bench.BenchProjects.Corpus;
import dev.schemawright.cli.bench.BenchProjects.Project;
import dev.schemawright.cli.bench.InProcessBench;
import dev.schemawright.cli.bench.ServiceBench;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bench's two halves on the real services (Kafka, S3Proxy, the three service processes): the same generated
 * projects go through both paths, every run publishes, upload->published is heard on the run feed. Figures only are
 * recorded (no timed assertion); {@code ./schemawright bench} prints them as a table and CI runs it at 50 projects.
 */
class BenchIT {
    static ServicePlatform platform;

    @BeforeAll
    static void start() {
        platform = ServicePlatform.shared();
        PipelineEndToEndIT.platform = platform;
    }

    @Test
    void bothPathsRunTheSameGeneratedProjectsAndEveryRunPublishes() {
        Corpus corpus = Corpus.read(ServicePlatform.REPO.resolve("corpus").resolve("dev"));
        String prefix = "benchit-" + Long.toString(System.currentTimeMillis(), 36);
        List<Project> uploads = BenchProjects.generate(corpus, prefix + "-r", prefix, 2);
        List<Project> batch = BenchProjects.generate(corpus, prefix + "-b", prefix, 3);

        InProcessBench.PerProject inProcess = new InProcessBench().perProject(uploads);
        assertThat(inProcess.failed()).isZero();
        assertThat(inProcess.cpu().count()).isEqualTo(2);
        assertThat(inProcess.stageCpu()).containsOnlyKeys("ingest", "modeling", "render");

        ServiceBench services = new ServiceBench(URI.create(platform.ingestUrl()), platform.tenantKey, Duration.ofSeconds(180));
        try {
            ServiceBench.Uploads one = services.uploads(uploads);
            assertThat(one.failed()).isZero();
            assertThat(one.published().count()).isEqualTo(2);
            // published is heard after the POST answered: the feed's moment is the later one
            assertThat(one.published().median()).isGreaterThanOrEqualTo(one.post().median());

            ServiceBench.Batch all = services.batch(batch, java.util.Map.of("test-jvm", ProcessHandle.current().pid()));
            assertThat(all.published()).isEqualTo(3);
            assertThat(all.cpuMillisByProcess()).containsOnlyKeys("test-jvm");
            assertThat(all.cpuMillis()).isPresent();
            Figures.record(String.format("bench of 2 uploads + a batch of 3: upload->published median %.0f ms (in-process CPU median %.0f ms),"
                    + " batch %.1f s", one.published().median(), inProcess.cpu().median(), all.seconds()));
        } finally {
            services.close();
        }
    }
}

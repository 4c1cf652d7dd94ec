package dev.schemawright.ingestservice.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.ingestservice.batch.BatchRecord.Line;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchViewTest {
    private static final String R1 = "aaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String R2 = "bbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String R3 = "cccccccccccccccccccccccc";
    private static final String R4 = "dddddddddddddddddddddddd";

    @Test
    void totalsFoldEachProjectsState() {
        BatchRecord record = new BatchRecord(1, "acme", "0123456789abcdef01234567", "archive", List.of(
                Line.queued("a", R1, 1),
                Line.queued("b", R2, 2).accepted(),
                Line.queued("c", R3, 1).accepted(),
                Line.queued("d", R4, 1).rejected(422, "empty-document", "prd.md: is empty")), List.of());
        Map<String, String> runStates = Map.of("b", "published", "c", "modeled");
        BatchView view = BatchView.of(record, line -> runStates.get(line.projectId()));
        assertThat(view.totals()).isEqualTo(new BatchView.Totals(4, 1, 1, 1, 1));
        assertThat(view.status()).isEqualTo("running");
        assertThat(view.projects()).extracting(BatchView.ProjectLine::status).containsExactly("queued", "published", "modeled", "rejected");
        assertThat(view.projects().get(3).error()).isEqualTo("422 empty-document: prd.md: is empty");
        assertThat(view.projects().get(1).run()).isEqualTo("/v1/projects/b/runs/" + R2);
    }

    @Test
    void completeWhenEveryProjectIsDoneOrFailed() {
        BatchRecord record = new BatchRecord(1, "acme", "0123456789abcdef01234567", "archive", List.of(
                Line.queued("a", R1, 1).accepted(), Line.queued("b", R2, 1).accepted()), List.of());
        BatchView view = BatchView.of(record, line -> line.projectId().equals("a") ? "published" : "failed");
        assertThat(view.status()).isEqualTo("complete");
        assertThat(view.totals()).isEqualTo(new BatchView.Totals(2, 0, 0, 1, 1));
    }

    @Test
    void theBatchIdDependsOnContentNotOrder() {
        List<Line> one = List.of(Line.queued("a", R1, 1), Line.queued("b", R2, 1));
        List<Line> two = List.of(Line.queued("b", R2, 1), Line.queued("a", R1, 1));
        assertThat(BatchService.batchId(one)).isEqualTo(BatchService.batchId(two)).matches("[0-9a-f]{24}");
        assertThat(BatchService.batchId(List.of(Line.queued("a", R3, 1), Line.queued("b", R2, 1)))).isNotEqualTo(BatchService.batchId(one));
    }
}

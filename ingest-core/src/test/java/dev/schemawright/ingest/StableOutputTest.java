package dev.schemawright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Same inputs, same result: ids, order, facets and summaries do not depend on run or upload order. */
class StableOutputTest {

    @Test
    void ingestingTwiceAndInAnyOrderGivesEqualResults() throws IOException {
        List<InputDocument> docs = CorpusIngestTest.documents(Path.of("../corpus/dev/dkarwacki__trip-planner"));
        IngestResult first = new Ingestor().ingest(docs);
        List<InputDocument> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(7));
        IngestResult second = new Ingestor().ingest(shuffled);
        assertThat(second).isEqualTo(first);
        assertThat(first.requirements()).isNotEmpty();
        assertThat(first.requirements().stream().map(Requirement::id).distinct().count()).isEqualTo(first.requirements().size());
    }

    @Test
    void idsNameTheDocumentAndStoryOrLine() {
        IngestResult r = Docs.ingest(Docs.text("prd.md", """
                - ID: US-002
                  Description: As a user, I want to rename a board so that names stay current.

                Boards are shared. Boards have owners.
                """));
        assertThat(r.requirements()).extracting(Requirement::id)
                .containsExactly("prd.md#US-002", "prd.md#L4", "prd.md#L4.2");
    }

    @Test
    void requirementsComeInDocumentNameThenPositionOrder() {
        IngestResult r = Docs.ingest(Docs.text("b.md", "- Second doc item.\n"), Docs.text("a.md", "- First.\n- Then.\n"));
        assertThat(r.requirements()).extracting(q -> q.source().document() + ":" + q.source().lineStart())
                .containsExactly("a.md:1", "a.md:2", "b.md:1");
    }
}

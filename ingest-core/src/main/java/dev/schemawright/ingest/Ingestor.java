package dev.schemawright.ingest;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the ingest stage: documents in, requirements out. Pure Java, no framework; the same code runs in
 * ingest-service and in the CLI. Thread-safe.
 */
public final class Ingestor {

    public IngestResult ingest(List<InputDocument> documents) {
        List<Requirement> out = new ArrayList<>();
        List<DocumentSummary> summaries = new ArrayList<>();
        for (InputDocument doc : documents.stream().sorted(Comparator.comparing(InputDocument::name)).toList()) {
            DocumentRole role = doc.role() == null ? DocumentRole.OTHER : doc.role();
            String[] lines = new String(doc.content(), StandardCharsets.UTF_8).split("\n", -1);
            int before = out.size();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty()) {
                    out.add(new Requirement(doc.name() + "#L" + (i + 1), RequirementKind.CONTEXT, line,
                            new Source(doc.name(), role, List.of(), i + 1, i + 1), Scope.IN_SCOPE, Map.of()));
                }
            }
            summaries.add(new DocumentSummary(doc.name(), role, "text/plain", "UTF-8", "und", doc.size(),
                    RunIds.sha256Hex(doc.content()), out.size() - before));
        }
        return new IngestResult(out, summaries, List.of());
    }
}

package dev.schemawright.modeling.eval;

import dev.schemawright.modeling.domain.Candidates;
import dev.schemawright.modeling.domain.EvidenceWeights;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.StatementReader;
import dev.schemawright.modeling.read.ReadingPhase;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints, for every project folder of DIR, one tab-separated row per prose noun: project, name, score, then the
 * evidence features in {@link EvidenceWeights#FEATURES} order (header first). tools/fit-evidence.py fits the weights from
 * these rows and a set of reference plans: {@code EvidenceFeatures DIR > features.tsv}.
 */
public final class EvidenceFeatures {
    public static void main(String[] args) throws Exception {
        System.out.println("project\tname\tscore\t" + String.join("\t", EvidenceWeights.FEATURES));
        for (DevCorpus.Project p : DevCorpus.projects(Path.of(args[0]))) {
            Intake intake = new StatementReader().read(p.requirements());
            for (Candidates.Evidence e : Candidates.of(ReadingPhase.read(intake), EvidenceWeights.STANDARD).ranked()) {
                if (!dev.schemawright.modeling.domain.Things.isThing(e.name())) {
                    continue;
                }
                StringBuilder row = new StringBuilder(p.id()).append('\t').append(e.name()).append('\t')
                        .append(String.format(Locale.ROOT, "%.4f", e.score()));
                for (double x : e.features()) {
                    row.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
                }
                System.out.println(row);
            }
        }
    }

    private EvidenceFeatures() {
    }
}

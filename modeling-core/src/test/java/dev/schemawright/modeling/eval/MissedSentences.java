package dev.schemawright.modeling.eval;

import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.intake.StatementReader;
import dev.schemawright.modeling.lang.en.English;
import dev.schemawright.modeling.read.Claim;
import dev.schemawright.modeling.read.ProseReader;
import dev.schemawright.modeling.read.Reading;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Debugging aid for writing rules on the dev corpus: {@code MissedSentences DIR WORD...} prints each statement that
 * mentions one of the words but gave no claim about it (what a rule could read and none does).
 */
public final class MissedSentences {
    public static void main(String[] args) throws Exception {
        List<String> words = List.of(args).subList(1, args.length);
        for (DevCorpus.Project p : DevCorpus.projects(Path.of(args[0]))) {
            Intake intake = new StatementReader().read(p.requirements());
            Reading reading = new ProseReader(English.shared()).read(intake.statements());
            for (Statement s : intake.statements()) {
                String low = s.text().toLowerCase(Locale.ROOT);
                for (String w : words) {
                    if (!low.contains(w)) {
                        continue;
                    }
                    Set<String> about = new HashSet<>();
                    for (Claim c : reading.claims()) {
                        if (c.source().equals(s.id()) && c.render().contains(w.replace(' ', '_'))) {
                            about.add(c.render());
                        }
                    }
                    if (about.isEmpty()) {
                        System.out.println(p.id().substring(0, Math.min(14, p.id().length())) + " [" + w + "] " + s.text());
                    }
                }
            }
        }
    }

    private MissedSentences() {
    }
}

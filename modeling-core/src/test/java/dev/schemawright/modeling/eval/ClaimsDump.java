package dev.schemawright.modeling.eval;

import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.StatementReader;
import dev.schemawright.modeling.lang.en.English;
import dev.schemawright.modeling.read.Claim;
import dev.schemawright.modeling.read.ProseReader;
import dev.schemawright.modeling.read.Reading;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Debugging aid: per project folder of DIR, one tab-separated row per noun the prose reading names (mentions, then
 * claim counts by evidence and by kind), for looking at what separates things from other nouns.
 * {@code ClaimsDump DIR [project-substring] [claims]} ("claims" also prints every non-entity claim).
 */
public final class ClaimsDump {
    public static void main(String[] args) throws Exception {
        for (DevCorpus.Project p : DevCorpus.projects(Path.of(args[0]))) {
            if (args.length > 1 && !args[1].equals("-") && !p.id().contains(args[1])) {
                continue;
            }
            Intake intake = new StatementReader().read(p.requirements());
            Reading reading = dev.schemawright.modeling.read.ReadingPhase.read(intake);
            Map<String, Map<String, Integer>> features = new TreeMap<>();
            for (Claim c : reading.claims()) {
                String name = null;
                String feature = null;
                if (c instanceof Claim.EntityClaim e) {
                    name = e.name();
                    feature = e.evidence();
                } else if (c instanceof Claim.FieldClaim f && !f.entity().isEmpty()) {
                    name = f.entity();
                    feature = "fields";
                } else if (c instanceof Claim.LinkClaim l) {
                    features.computeIfAbsent(l.parent(), k -> new TreeMap<>()).merge("parent", 1, Integer::sum);
                    name = l.child();
                    feature = "child";
                } else if (c instanceof Claim.NotStoredClaim n) {
                    name = n.name();
                    feature = "not-" + n.reason();
                } else if (c instanceof Claim.VetoClaim v) {
                    name = v.name();
                    feature = "veto";
                }
                if (name != null) {
                    features.computeIfAbsent(name, k -> new TreeMap<>()).merge(feature, 1, Integer::sum);
                }
            }
            reading.mentions().forEach((name, m) -> {
                if (m.count() >= 2 || features.containsKey(name)) {
                    Map<String, Integer> f = features.computeIfAbsent(name, k -> new TreeMap<>());
                    f.put("mentions", m.count());
                    f.put("sentences", m.sentences());
                    f.put("plural", m.plural());
                }
            });
            features.forEach((name, f) -> System.out.println(p.id() + "\t" + name + "\t" + f));
            if (args.length > 2) {
                reading.claims().stream().filter(c -> !(c instanceof Claim.EntityClaim))
                        .forEach(c -> System.out.println("#\t" + c.render() + "\t" + c.rule() + "\t" + c.source()));
            }
        }
    }

    private ClaimsDump() {
    }
}

package dev.schemawright.modeling.eval;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.domain.DomainReading;
import dev.schemawright.modeling.domain.Readings;
import dev.schemawright.modeling.domain.Sketch;
import dev.schemawright.modeling.intake.StatementReader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Debugging aid: prints what the readers found for one dev project (entity candidates with scores, sketch tables). */
public final class ReadingDump {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        for (DevCorpus.Project p : DevCorpus.projects(root)) {
            if (!p.id().contains(args[1])) {
                continue;
            }
            var intake = new StatementReader().read(p.requirements());
            var ctx = DesignContext.start(p.id(), intake, new SchemaModel(p.id(), p.id(), "", new TargetStack("PostgreSQL", AuthProvider.SUPABASE,
                    KeyStrategy.UUID, ""), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
            Sketch sketch = Readings.sketch(ctx);
            System.out.println("== sketch " + p.id());
            sketch.entities.values().forEach(e -> System.out.println("  " + e.name + (e.join ? " [join]" : "") + " " + e.fields.keySet()));
            System.out.println("  vetoed " + sketch.vetoed);
            sketch.references.forEach(r -> System.out.println("  ref " + r));
            DomainReading prose = Readings.prose(ctx);
            System.out.println("== candidates");
            prose.candidates.values().stream().filter(c -> c.score >= 1.5).sorted(Comparator.comparingDouble(c -> -c.score))
                    .forEach(c -> System.out.printf("  %-28s %6.2f lc=%d %s%n", c.name, c.score, c.lowercaseMentions, c.cues));
            if (args.length > 2) {
                System.out.println("== fields");
                ctx.reading().claims(dev.schemawright.modeling.read.Claim.FieldClaim.class)
                        .forEach(f -> System.out.println("  " + f.entity() + "." + f.field() + "   <- " + f.rule() + " " + f.source()));
                System.out.println("== statements");
                intake.statements().forEach(s -> System.out.println("  " + s.id() + " " + s.kind() + " " + s.headings() + " | " + s.raw()));
            }
        }
    }

    private ReadingDump() {
    }
}

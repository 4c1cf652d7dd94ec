package dev.schemawright.modeling.eval;

import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.intake.StatementReader;
import java.nio.file.Path;

/** Debugging aid: time of each pass for one dev project (third run, warm). */
public final class PassTimes {
    public static void main(String[] args) throws Exception {
        for (DevCorpus.Project p : DevCorpus.load(Path.of(args[0]))) {
            if (!p.id().contains(args[1])) {
                continue;
            }
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                var intake = new StatementReader().read(p.requirements());
                long t1 = System.nanoTime();
                StringBuilder line = new StringBuilder("intake " + (t1 - t0) / 1_000_000 + "ms");
                DesignContext ctx = DesignContext.start(p.id(), intake, Models.empty(dev.schemawright.contracts.model.AuthProvider.APPLICATION));
                long r0 = System.nanoTime();
                dev.schemawright.modeling.domain.Readings.sketch(ctx);
                long r1 = System.nanoTime();
                dev.schemawright.modeling.domain.Readings.prose(ctx);
                line.append(", sketch ").append((r1 - r0) / 1_000_000).append(", prose ").append((System.nanoTime() - r1) / 1_000_000);
                for (DesignPass pass : SchemaDesigner.standardProgram().passes()) {
                    long a = System.nanoTime();
                    ctx = ctx.withModel(pass.apply(ctx));
                    line.append(", ").append(pass.name()).append(' ').append((System.nanoTime() - a) / 1_000_000);
                }
                System.out.println(line);
            }
        }
    }

    private PassTimes() {
    }
}

package dev.schemawright.modeling;

import dev.schemawright.contracts.model.SchemaModel;
import java.util.List;

/** An ordered sequence of passes (Calcite's Programs.sequence): each pass sees the model the previous one produced. */
public record DesignProgram(List<DesignPass> passes) implements DesignPass {
    public DesignProgram {
        passes = List.copyOf(passes);
    }

    public static DesignProgram sequence(DesignPass... passes) {
        return new DesignProgram(List.of(passes));
    }

    @Override
    public SchemaModel apply(DesignContext context) {
        DesignContext current = context;
        for (DesignPass pass : passes) {
            current.deadline().check(pass.name());
            current = current.withModel(pass.apply(current));
        }
        return current.model();
    }

    @Override
    public String name() {
        return "sequence" + passes.stream().map(DesignPass::name).toList();
    }
}

package dev.schemawright.modeling;

import dev.schemawright.contracts.model.SchemaModel;

/**
 * One small, named, idempotent step of the design (Calcite's Program): reads the context and the model built so far
 * and returns the next model. Applying a pass twice gives the same model as applying it once.
 */
public interface DesignPass {
    SchemaModel apply(DesignContext context);

    default String name() {
        return getClass().getSimpleName();
    }
}

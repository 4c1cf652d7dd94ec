package dev.schemawright.modeling.intake;

import dev.schemawright.contracts.model.SchemaModel;

/** Cross-cutting patterns switched on by non-functional requirements; stored in the model as decisions with these ids. */
public enum NfrFlags {
    SOFT_DELETE("nfr-soft-delete"), AUDIT("nfr-audit"), TENANCY("nfr-tenancy");

    public final String decisionId;

    NfrFlags(String decisionId) {
        this.decisionId = decisionId;
    }

    public boolean on(SchemaModel model) {
        return model.decisions().stream().anyMatch(d -> d.id().equals(decisionId));
    }
}

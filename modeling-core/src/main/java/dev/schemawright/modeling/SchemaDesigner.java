package dev.schemawright.modeling;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.requirement.Requirement;
import java.util.List;

/**
 * Entry point of the modeling stage: a run's requirements in, the finished schema model out. Pure Java, deterministic,
 * thread-safe; the same code runs in modeling-service and in the CLI.
 */
public final class SchemaDesigner {

    public SchemaModel design(String projectId, List<Requirement> requirements) {
        return new SchemaModel(projectId, projectId, "", new TargetStack("PostgreSQL", AuthProvider.APPLICATION, KeyStrategy.UUID, ""),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}

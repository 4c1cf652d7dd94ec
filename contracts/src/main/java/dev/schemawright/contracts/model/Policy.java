package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/** One row-level-security policy for one command; {@code role} is the database role it applies to (e.g. authenticated). */
public record Policy(String name, PolicyCommand command, String role, PolicyRule rule, String description,
                     List<String> sources) {
    public Policy {
        Lists.requireText(name, "policy name");
        Objects.requireNonNull(command, "command");
        Lists.requireText(role, "policy role");
        Objects.requireNonNull(rule, "rule");
        description = description == null ? "" : description;
        sources = Lists.copy(sources);
    }
}

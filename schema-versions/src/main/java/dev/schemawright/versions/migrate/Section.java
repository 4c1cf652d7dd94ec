package dev.schemawright.versions.migrate;

import dev.schemawright.contracts.Lists;
import java.util.List;

/** A titled group of steps in a migration script ("Drop what the new version no longer has", "New tables"...). */
public record Section(String title, List<Step> steps) {
    public Section {
        steps = Lists.copy(steps);
    }

    public String text() {
        StringBuilder out = new StringBuilder("\n-- ").append(title).append('\n');
        steps.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}

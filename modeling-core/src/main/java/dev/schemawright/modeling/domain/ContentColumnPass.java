package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.en.English;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table exists for its data: a thing that is a text someone writes (a comment, a note, a review, a message;
 * lang/en/words/text-thing.txt) and that the documents gave no text column gets {@code content}, required. A table the
 * plan lists the columns of is left as the plan says.
 */
public final class ContentColumnPass implements DesignPass {
    /** Columns that already hold a written text. */
    private static final Set<String> TEXT_COLUMNS = Set.of("content", "body", "text", "message", "comment", "note", "notes", "description",
            "question", "answer", "prompt", "response");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        Sketch sketch = Readings.sketch(ctx);
        List<Table> out = new ArrayList<>();
        for (Table t : ctx.model().tables()) {
            String head = t.name().substring(t.name().lastIndexOf('_') + 1);
            Sketch.Entity planned = sketch.entities.get(t.name());
            boolean hasText = t.columns().stream().anyMatch(c -> TEXT_COLUMNS.contains(c.name()) || c.name().endsWith("_text")
                    || c.name().endsWith("_content") || c.name().endsWith("_body") || c.name().equals(head));
            if (t.kind() != TableKind.ENTITY || hasText || planned != null && !planned.fields.isEmpty()
                    || !English.shared().words().contains("text-thing", head)) {
                out.add(t);
                continue;
            }
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(new Column("content", ColumnType.of(TypeKind.TEXT), false, null, false, "the text itself",
                    t.sources().isEmpty() ? List.of() : List.of(t.sources().get(0))));
            out.add(t.withColumns(columns));
        }
        return ctx.model().withTables(out);
    }
}

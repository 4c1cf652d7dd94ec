package dev.schemawright.modeling;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.domain.EntityNames;
import java.util.List;

/**
 * Questions the passes ask of a model under construction, in one place, so that no pass reaches into another for them:
 * which table plays the users role, where a table sits in a list.
 */
public final class ModelQueries {
    /** Marks the table that plays the users role when the application owns authentication. */
    public static final String APPLICATION_USERS = "Application users (sign in with their own credentials)";

    private ModelQueries() {
    }

    /** The table other tables' owner columns point at when the application owns users. */
    public static String userTable(SchemaModel m) {
        return m.tables().stream().filter(t -> t.description().equals(APPLICATION_USERS)).map(Table::name).findFirst().orElse(EntityNames.USER);
    }

    /** The position of table {@code name} in {@code tables}, or -1. */
    public static int indexOf(List<Table> tables, String name) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}

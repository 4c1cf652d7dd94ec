package dev.schemawright.conformance.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteScriptTest {

    @Test
    void semicolonsInsideQuotesCommentsAndTriggerBodiesDoNotEndAStatement() {
        String script = """
                -- header; with a semicolon
                CREATE TABLE "a;b" (id INTEGER PRIMARY KEY, note TEXT DEFAULT 'x;y' /* c; d */);
                CREATE TRIGGER "t;1" AFTER UPDATE ON "a;b" FOR EACH ROW
                BEGIN
                    UPDATE "a;b" SET note = CASE WHEN NEW.note = ';' THEN 'z' ELSE NEW.note END WHERE id = NEW.id;
                    SELECT 1;
                END;
                CREATE TEMP TRIGGER t2 AFTER DELETE ON "a;b" BEGIN SELECT 2; END;
                ;
                CREATE INDEX [ix;a] ON "a;b" (note)
                """;
        List<SqliteScript.Statement> statements = SqliteScript.split(script);
        assertThat(statements).extracting(SqliteScript.Statement::line).containsExactly(2, 3, 8, 10);
        assertThat(statements.get(1).sql()).startsWith("CREATE TRIGGER").endsWith("END;").contains("SELECT 1;");
        assertThat(statements.get(2).sql()).isEqualTo("CREATE TEMP TRIGGER t2 AFTER DELETE ON \"a;b\" BEGIN SELECT 2; END;");
        assertThat(statements.get(3).sql()).isEqualTo("CREATE INDEX [ix;a] ON \"a;b\" (note)");
    }

    @Test
    void aScriptOfCommentsHasNoStatements() {
        assertThat(SqliteScript.split("-- nothing\n/* here; */\n;\n")).isEmpty();
    }
}

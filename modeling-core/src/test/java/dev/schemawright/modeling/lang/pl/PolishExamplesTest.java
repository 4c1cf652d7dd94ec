package dev.schemawright.modeling.lang.pl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.eval.DevCorpus;
import dev.schemawright.modeling.read.LanguagePass;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * corpus/examples/*-pl: Polish projects written for this suite (not from an eval set), each stating its schema with the
 * Polish cue families: "Każdy X ma…", "X należy do Y", "z A, B i C", value lists in parentheses and after a colon,
 * uniqueness, "tylko swoje" ownership, soft delete ("miękkie usuwanie"), out of scope ("Poza zakresem"), user stories.
 * The design has English snake_case names whatever reader the run uses.
 */
class PolishExamplesTest {
    private static Map<String, SchemaModel> designs;

    @BeforeAll
    static void design() throws IOException {
        SchemaDesigner designer = new SchemaDesigner();
        designs = DevCorpus.projects(Path.of("../corpus/examples")).stream().filter(p -> p.id().endsWith("-pl"))
                .collect(Collectors.toMap(DevCorpus.Project::id, p -> designer.design(p.id(), p.requirements())));
    }

    private static List<String> names(SchemaModel m) {
        return m.tables().stream().map(Table::name).toList();
    }

    private static List<String> columns(SchemaModel m, String table) {
        return m.table(table).orElseThrow().columns().stream().map(Column::name).toList();
    }

    @Test
    void library() {
        SchemaModel m = designs.get("biblioteka-pl");
        assertThat(names(m)).contains("books");
        // "Każda książka ma tytuł, autora, rok wydania i unikalny numer ISBN."
        assertThat(columns(m, "books")).contains("title", "author", "edition_year", "isbn_number");
        // "miękkie usuwanie"
        assertThat(columns(m, "books")).contains("deleted_at");
        // "Poza zakresem: płatności"
        assertThat(names(m)).noneMatch(n -> n.contains("payment"));
        assertThat(m.decisions()).anySatisfy(d -> assertThat(d.id()).isEqualTo(LanguagePass.TRANSLATED));
    }

    @Test
    void courses() {
        SchemaModel m = designs.get("kursy-pl");
        // "Nauczyciel może tworzyć kursy z tytułem, opisem i poziomem trudności." / "Kurs zawiera wiele lekcji."
        assertThat(names(m)).contains("courses", "lessons");
        assertThat(columns(m, "courses")).contains("title", "description", "difficulty_level");
        assertThat(columns(m, "lessons")).contains("course_id", "title");
        assertThat(m.table("lessons").orElseThrow().foreignKeys()).anySatisfy(f -> assertThat(f.refTable()).isEqualTo("courses"));
    }

    @Test
    void everyNameIsAsciiSnakeCase() {
        for (SchemaModel m : designs.values()) {
            for (Table t : m.tables()) {
                assertThat(t.name()).matches("[a-z][a-z0-9_]*");
                t.columns().forEach(c -> assertThat(c.name()).as(t.name()).matches("[a-z][a-z0-9_]*"));
            }
            m.enums().forEach(e -> e.values().forEach(v -> assertThat(v).matches("[a-z0-9_]+")));
        }
    }
}

package dev.schemawright.modeling.lang.pl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.intake.StatementReader;
import dev.schemawright.modeling.read.Claim;
import dev.schemawright.modeling.read.LanguagePass;
import dev.schemawright.modeling.read.Reading;
import dev.schemawright.modeling.read.ReadingPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Polish documents are read by the Polish rules, named in English; a document in a language without a reading is said so. */
class PolishReadingTest {
    private static final List<String> PRD = List.of(
            "Użytkownik może tworzyć, edytować i usuwać kategorie wydatków.",
            "Każdy wydatek ma kwotę, datę i opcjonalny opis.",
            "Każdy wydatek jest powiązany z kategorią.",
            "Użytkownik widzi tylko swoje wydatki.");

    private static List<Requirement> document(String name, String language, List<String> lines) {
        List<Requirement> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Requirement(name + "#L" + (i + 1), RequirementKind.FUNCTIONAL, lines.get(i),
                    new Source(name, DocumentRole.PRD, List.of(), i + 1, i + 1, language), Scope.IN_SCOPE, Map.of()));
        }
        return out;
    }

    @Test
    void polishLemmasAndTags() {
        var s = Polish.shared().analyze("Użytkownicy mają wiele list zakupów.");
        assertThat(s.lemma(0)).isEqualTo("użytkownik");
        assertThat(s.tag(1)).isEqualTo("VERB");
        assertThat(s.lemma(1)).isEqualTo("mieć");
        assertThat(s.tag(4)).isEqualTo("NOUN");
    }

    @Test
    void aPolishPhraseHasTheNumberOfItsFirstNoun() {
        // "rezerwacje klienta": bookings of a client, plural; "klient rezerwacji" would be one client
        var s = Polish.shared().analyze("Właściciel przegląda rezerwacje klienta.");
        assertThat(s.phrase(2, 4).plural()).isTrue();
        assertThat(s.headIndex(2, 4)).isEqualTo(2);
        var one = Polish.shared().analyze("Właściciel widzi klienta rezerwacji.");
        assertThat(one.phrase(2, 4).plural()).isFalse();
    }

    @Test
    void aPolishDocumentIsReadByThePolishRulesWithEnglishNames() {
        Reading r = ReadingPhase.read(new StatementReader().read(document("prd.md", "pl", PRD)));
        List<String> claims = r.claims().stream().map(Claim::render).toList();
        assertThat(claims).contains("entity expense_category created", "field expense.amount", "field expense.date",
                "field expense.description (optional)", "link expense -> category references", "entity expense owned");
        assertThat(r.claims()).allSatisfy(c -> assertThat(c.rule()).doesNotContain("en:"));
    }

    @Test
    void withoutALanguageFromIngestTheTextDecides() {
        Reading r = ReadingPhase.read(new StatementReader().read(document("prd.md", null, PRD)));
        assertThat(r.claims().stream().map(Claim::render)).contains("link expense -> category references");
    }

    @Test
    void aPolishDesignHasEnglishSnakeCaseTablesAndSaysHowTheyWereNamed() {
        SchemaModel m = new SchemaDesigner().design("budzet", document("prd.md", "pl", PRD));
        assertThat(m.tables().stream().map(Table::name)).allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
        assertThat(m.decisions().stream().map(d -> d.id())).contains(LanguagePass.TRANSLATED);
    }

    @Test
    void aDocumentInALanguageWithoutAReadingGetsAWarningAndTheRestIsStillDesigned() {
        List<Requirement> reqs = new ArrayList<>(document("prd.md", "pl", PRD));
        reqs.addAll(document("anforderungen.md", "de", List.of("Jeder Benutzer kann Rezepte mit Zutaten anlegen und bearbeiten.",
                "Die Rezepte werden in der Datenbank gespeichert.")));
        SchemaModel m = new SchemaDesigner().design("mixed", reqs);
        assertThat(m.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(LanguagePass.UNREAD);
            assertThat(d.sources()).containsExactly("anforderungen.md");
        });
        assertThat(m.tables()).isNotEmpty();
    }

    @Test
    void anEnglishDocumentInAPolishProjectKeepsTheEnglishRules() {
        List<Requirement> reqs = new ArrayList<>(document("prd.md", "pl", PRD));
        reqs.addAll(document("notes.md", "en", List.of("Users can create, edit and delete budgets.")));
        Reading r = ReadingPhase.read(new StatementReader().read(reqs));
        assertThat(r.claims().stream().filter(c -> c.source().startsWith("notes.md")).map(Claim::render)).contains("entity budget created");
    }

    @Test
    void aWordNoDictionaryKnowsIsNoTableWithoutFieldsOfItsOwn() {
        List<String> lines = List.of("Użytkownik może dodawać, edytować i usuwać wydatki.", "Użytkownik może dodawać, edytować i usuwać roadmapy.", "Użytkownik może przeglądać i archiwizować roadmapy.",
                "Roadmapy zawierają wydatki.",
                "Każdy wydatek ma kwotę, datę i opis.");
        SchemaModel m = new SchemaDesigner().design("p", document("prd.md", "pl", lines));
        assertThat(m.tables().stream().map(Table::name)).contains("expenses").noneMatch(n -> n.startsWith("roadmap"));
    }
}

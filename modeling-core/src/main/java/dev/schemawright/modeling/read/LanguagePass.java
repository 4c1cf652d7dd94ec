package dev.schemawright.modeling.read;

import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in the design which documents were read in which language: a WARNING diagnostic ({@value #UNREAD}) for each
 * document in a language with no reading (its text gave no claims: the design comes from the other documents), and a
 * decision recording that names from Polish documents are English identifiers translated through the lexicon.
 * Idempotent: a second application finds its own entries and adds nothing.
 */
public final class LanguagePass implements DesignPass {
    public static final String UNREAD = "language-not-read";
    public static final String TRANSLATED = "names-from-polish";

    /** "Tables: expenses (wydatek), expense_categories (kategoria wydatek); transliterated, no dictionary entry: ...". */
    private static String names(DesignContext context, SchemaModel m, List<String> polish) {
        List<String> texts = context.intake().statements().stream().filter(s -> polish.contains(s.document())).map(s -> s.text()).toList();
        java.util.Map<String, dev.schemawright.modeling.lang.pl.PolishNames.Origin> origins = dev.schemawright.modeling.lang.pl.Polish.shared().origins(texts);
        List<String> translated = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (var t : m.tables()) {
            var o = origins.get(dev.schemawright.modeling.lang.Inflection.singular(t.name()));
            if (o != null) {
                (o.transliterated() ? kept : translated).add(t.name() + " (" + o.polish() + ")");
            }
        }
        return (translated.isEmpty() ? "" : "Translated: " + String.join(", ", translated) + ". ")
                + (kept.isEmpty() ? "" : "Transliterated (no dictionary entry): " + String.join(", ", kept) + ".");
    }

    @Override
    public SchemaModel apply(DesignContext context) {
        SchemaModel m = context.model();
        DocumentLanguages languages = DocumentLanguages.of(context.intake());
        List<Diagnostic> diagnostics = new ArrayList<>(m.diagnostics());
        languages.unread().forEach((doc, code) -> {
            if (diagnostics.stream().noneMatch(d -> d.code().equals(UNREAD) && d.sources().contains(doc))) {
                diagnostics.add(new Diagnostic(Severity.WARNING, UNREAD, "Document '" + doc + "' is in a language with no reading ('" + code
                        + "'; readings exist for " + String.join(", ", DocumentLanguages.READ) + "): its prose was not read, the design comes from "
                        + "the other documents and any schema it states as code", List.of(doc)));
            }
        });
        List<Decision> decisions = new ArrayList<>(m.decisions());
        List<String> polish = languages.documents("pl");
        String named = polish.isEmpty() ? "" : names(context, m, polish);
        // a Polish note that names no table (a tech-stack note beside an English PRD) has no names to account for
        if (!named.isEmpty() && decisions.stream().noneMatch(d -> d.id().equals(TRANSLATED))) {
            decisions.add(new Decision(TRANSLATED, "Names from Polish documents",
                    "English snake_case identifiers translated from the Polish words of " + String.join(", ", polish),
                    "Polish identifiers as written (with diacritics, which SQL tools and ORMs handle poorly)",
                    "Each word's lemma (Morfologik's Polish dictionary) is translated through a lexicon derived from FreeDict's Polish-English "
                            + "dictionary (CC-BY-SA-3.0), the head noun last as in English; a word the lexicon lacks keeps its lemma transliterated "
                            + "to ASCII. " + named.strip(),
                    polish));
        }
        return m.withDiagnostics(diagnostics).withDecisions(decisions);
    }
}

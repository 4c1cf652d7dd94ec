package dev.schemawright.modeling.explain;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.DesignNote;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.read.DesignCues;
import dev.schemawright.modeling.read.DesignCues.Cue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every table says what it is for: the documents' own sentence when one defines the thing ("A deck is a named set of
 * flashcards", "users create decks to organize..."), otherwise a sentence built from where the table sits in the design
 * (whose rows these are, what they belong to, what links them). A description a plan or an earlier pass wrote stays.
 * Also records the notes documents render around the schema: what is out of scope, volumes and limits, sharing.
 */
public final class PurposePass implements DesignPass {
    private static final int MAX_SENTENCE = 220;
    private static final int MAX_NOTES = 8;

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        DesignCues.Reading reading = DesignCues.of(ctx);
        List<Cue> purposes = reading.of(DesignCues.Kind.PURPOSE);
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            if (!t.description().isBlank()) {
                tables.add(t);
                continue;
            }
            // a definition ("a deck is...") before a sentence of what it is made for ("create decks to...")
            Optional<Cue> said = purposes.stream().filter(c -> names(c.subject(), t.name())).min(java.util.Comparator.comparingInt(PurposePass::rank));
            tables.add(t.withDescription(said.map(c -> sentence(c.text())).orElseGet(() -> structural(m, t))));
        }
        return m.withTables(tables).withNotes(notes(m, reading));
    }

    private static int rank(Cue c) {
        for (int i = 0; i < DesignCues.RULES.size(); i++) {
            if (DesignCues.RULES.get(i).name().equals(c.rule())) {
                return i;
            }
        }
        return DesignCues.RULES.size();
    }

    /** Whether a noun group of the text ("backlog entries", "the deck") names this table ("backlog_entries", "decks"). */
    static boolean names(String subject, String table) {
        if (subject.isBlank()) {
            return false;
        }
        String[] words = subject.strip().split(" ");
        String want = Inflection.singular(table);
        // "their shared decks" still names decks: drop leading words one by one
        for (int i = 0; i < words.length; i++) {
            String candidate = String.join("_", java.util.Arrays.copyOfRange(words, i, words.length)).replace('-', '_');
            if (Inflection.singular(candidate).equals(want)) {
                return true;
            }
        }
        return false;
    }

    private static String sentence(String text) {
        String t = text.strip();
        if (t.length() > MAX_SENTENCE) {
            int cut = t.lastIndexOf(' ', MAX_SENTENCE);
            t = t.substring(0, cut > 0 ? cut : MAX_SENTENCE) + "…";
        }
        return t.endsWith(".") || t.endsWith("…") ? t : t + ".";
    }

    /** A sentence from the table's place in the design, for a thing the documents never define. */
    static String structural(SchemaModel m, Table t) {
        String things = words(t.name());
        String one = words(Inflection.singular(t.name()));
        List<ForeignKey> internal = t.foreignKeys().stream().filter(fk -> !fk.external() && !fk.refTable().equals(t.name())).toList();
        boolean owned = t.foreignKeys().stream().anyMatch(fk -> fk.external() || isUsers(m, fk.refTable()));
        if (t.kind() == TableKind.JOIN && internal.size() >= 2) {
            String a = words(internal.get(0).refTable());
            String b = words(internal.get(1).refTable());
            return "Links " + a + " and " + b + ": one row per pair, so each of the " + a + " can have many " + b + " and the other way round.";
        }
        Optional<ForeignKey> container = internal.stream().filter(fk -> fk.onDelete() == FkAction.CASCADE).findFirst();
        String whose = container.map(fk -> "each belonging to one " + words(Inflection.singular(fk.refTable())) + " and deleted with it")
                .orElse(owned ? "each owned by one user" : "");
        if (t.kind() == TableKind.LOG) {
            return capital("an append-only record of " + things) + (whose.isEmpty() ? "" : ", " + whose) + ": rows are added, never changed.";
        }
        if (t.kind() == TableKind.LOOKUP || (!owned && internal.isEmpty())) {
            return capital(things) + " shared by every user: reference data the other tables point at.";
        }
        if (t.kind() == TableKind.CHILD) {
            return capital("the " + things + " of a " + container.map(fk -> words(Inflection.singular(fk.refTable()))).orElse("parent row"))
                    + ", one row per " + one + (container.isPresent() ? ", deleted with it." : ".");
        }
        List<String> under = m.tables().stream().filter(c -> !c.name().equals(t.name()) && c.kind() != TableKind.JOIN
                && c.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(t.name()) && fk.onDelete() == FkAction.CASCADE)).map(c -> words(c.name())).toList();
        return capital(things) + (whose.isEmpty() ? "" : ", " + whose) + (under.isEmpty() ? "" : "; each holds its " + String.join(" and ", under)) + ".";
    }

    private static boolean isUsers(SchemaModel m, String table) {
        return m.table(table).map(u -> u.description().equals(ModelQueries.APPLICATION_USERS)).orElse(false);
    }

    private static List<DesignNote> notes(SchemaModel m, DesignCues.Reading reading) {
        if (!m.notes().isEmpty()) {
            return m.notes();  // this pass wrote them: a second run adds nothing
        }
        Map<String, DesignNote> out = new LinkedHashMap<>();
        int scope = 0;
        for (Statement s : reading.outOfScope()) {
            if (scope < MAX_NOTES && out.putIfAbsent(DesignNote.Kind.OUT_OF_SCOPE + sentence(s.text()), new DesignNote(DesignNote.Kind.OUT_OF_SCOPE, sentence(s.text()),
                    List.of(s.id()))) == null) {
                scope++;
            }
        }
        for (DesignCues.Kind kind : List.of(DesignCues.Kind.VOLUME, DesignCues.Kind.SHARING)) {
            DesignNote.Kind noteKind = kind == DesignCues.Kind.VOLUME ? DesignNote.Kind.VOLUME : DesignNote.Kind.SHARING;
            int n = 0;
            for (Cue c : reading.of(kind)) {
                if (n < MAX_NOTES && out.putIfAbsent(noteKind + sentence(c.text()), new DesignNote(noteKind, sentence(c.text()), List.of(c.source()))) == null) {
                    n++;
                }
            }
        }
        return List.copyOf(out.values());
    }

    static String words(String name) {
        return name.replace('_', ' ');
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

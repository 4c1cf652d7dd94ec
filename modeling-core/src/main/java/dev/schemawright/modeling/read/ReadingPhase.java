package dev.schemawright.modeling.read;

import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reading phase: every reader over the run's in-scope statements, once, into one {@link Reading}. Passes after it
 * read claims, never the text. Each document is read by the rules of its own language ({@link DocumentLanguages}); a
 * project may mix languages, and a document in a language without a reading is not read at all (the design says so).
 */
public final class ReadingPhase {
    private ReadingPhase() {
    }

    public static Reading read(Intake intake) {
        DocumentLanguages languages = DocumentLanguages.of(intake);
        if (!languages.any("pl") && languages.unread().isEmpty()) {
            return new ProseReader(DocumentLanguages.language("en")).read(intake.statements());
        }
        // consecutive statements of one language are read together, so claims stay in document order
        Map<String, ProseReader> readers = new HashMap<>();
        List<Reading> parts = new ArrayList<>();
        List<Statement> run = new ArrayList<>();
        String runLanguage = null;
        for (Statement s : intake.statements()) {
            String code = languages.of(s.document());
            if (!code.equals(runLanguage)) {
                flush(readers, runLanguage, run, parts);
                run.clear();
                runLanguage = code;
            }
            run.add(s);
        }
        flush(readers, runLanguage, run, parts);
        return merge(parts);
    }

    private static void flush(Map<String, ProseReader> readers, String code, List<Statement> run, List<Reading> parts) {
        if (code == null || run.isEmpty() || DocumentLanguages.language(code) == null) {
            return;
        }
        parts.add(readers.computeIfAbsent(code, c -> new ProseReader(DocumentLanguages.language(c))).read(run));
    }

    private static Reading merge(List<Reading> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>();
        List<java.util.Set<String>> sentences = new ArrayList<>();
        Map<String, List<String>> bySource = new HashMap<>();
        for (Reading r : parts) {
            claims.addAll(r.claims());
            r.mentions().forEach((k, m) -> {
                int[] c = counts.computeIfAbsent(k, x -> new int[3]);
                c[0] += m.count();
                c[1] += m.sentences();
                c[2] += m.plural();
            });
            sentences.addAll(r.sentenceNames());
            r.namesBySource().forEach((k, v) -> bySource.merge(k, v, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                b.stream().filter(n -> !all.contains(n)).forEach(all::add);
                return List.copyOf(all);
            }));
        }
        Map<String, Reading.Mentions> mentions = new HashMap<>();
        counts.forEach((k, c) -> mentions.put(k, new Reading.Mentions(c[0], c[1], c[2])));
        return new Reading(claims, mentions, sentences, bySource);
    }
}

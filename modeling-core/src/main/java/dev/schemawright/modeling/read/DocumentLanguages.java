package dev.schemawright.modeling.read;

import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.lang.en.English;
import dev.schemawright.modeling.lang.pl.Polish;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reading each document of a run gets: the language ingest detected, or, when ingest said nothing or was unsure
 * ("und": a short document), a judgement from the text itself (Polish letters and function words); English otherwise.
 * A document in a language with no reading is listed in {@code unread} and read by no rule: English rules over Polish
 * or German text give a near-empty design that looks like a finished one.
 */
public record DocumentLanguages(Map<String, String> byDocument, Map<String, String> unread) {
    /** The languages with a reading. */
    public static final List<String> READ = dev.schemawright.contracts.requirement.Languages.READ;

    public DocumentLanguages {
        byDocument = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
        unread = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unread));
    }

    public static DocumentLanguages of(Intake intake) {
        Map<String, String> by = new LinkedHashMap<>();
        Map<String, String> unread = new LinkedHashMap<>();
        for (Map.Entry<String, List<Statement>> doc : intake.documents().entrySet()) {
            String given = intake.language(doc.getKey());
            // a language without a reading is double-checked: detectors misjudge short technical English ("nl", "fr")
            String code = given == null || "und".equals(given) || !READ.contains(given) && !"pl".equals(judge(doc.getValue())) && englishLike(doc.getValue())
                    ? judge(doc.getValue()) : READ.contains(given) ? given : "pl".equals(judge(doc.getValue())) ? "pl" : given;
            by.put(doc.getKey(), code);
            if (!READ.contains(code) && doc.getValue().stream().anyMatch(s -> !s.text().isBlank())) {
                unread.put(doc.getKey(), code);
            }
        }
        return new DocumentLanguages(by, unread);
    }

    /** The language {@code document} is read in ("en" for a document the intake does not list). */
    public String of(String document) {
        return byDocument.getOrDefault(document, "en");
    }

    public boolean any(String code) {
        return byDocument.containsValue(code);
    }

    /** The reading of a language code, or null when there is none. */
    public static Language language(String code) {
        switch (code) {
            case "en":
                return English.shared();
            case "pl":
                return Polish.shared();
            default:
                return null;
        }
    }

    /**
     * Polish or English, from the text: Polish writes ą ć ę ł ń ó ś ź ż (about one letter in fifteen) and its commonest
     * words ("się", "jest", "oraz") are no English words; a document with neither is read as English.
     */
    static String judge(List<Statement> statements) {
        long letters = 0;
        long polish = 0;
        int words = 0;
        for (Statement s : statements) {
            String t = s.text();
            for (int i = 0; i < t.length(); i++) {
                char c = Character.toLowerCase(t.charAt(i));
                if (Character.isLetter(c)) {
                    letters++;
                    if ("ąćęłńóśźż".indexOf(c) >= 0) {
                        polish++;
                    }
                }
            }
            for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (List.of("się", "jest", "oraz", "który", "która", "które", "nie", "dla", "jako", "przez", "lub").contains(w)) {
                    words++;
                }
            }
        }
        return letters > 0 && (polish * 100 >= letters * 2 || words >= 3 && polish > 0) ? "pl" : "en";
    }

    /** One word in ten or more is one of English's commonest words. */
    static boolean englishLike(List<Statement> statements) {
        int common = 0;
        int all = 0;
        for (Statement s : statements) {
            for (String w : s.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    all++;
                    if (List.of("the", "and", "of", "to", "a", "is", "in", "for", "with", "can", "be", "are").contains(w)) {
                        common++;
                    }
                }
            }
        }
        return all > 0 && common * 10 >= all;
    }

    /** Documents by reading language, in document order: what the warning and the design note list. */
    public List<String> documents(String code) {
        List<String> out = new ArrayList<>();
        byDocument.forEach((d, c) -> {
            if (c.equals(code)) {
                out.add(d);
            }
        });
        return out;
    }
}

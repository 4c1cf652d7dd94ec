package dev.schemawright.ingest.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Records the dominant language of a document (ISO 639-1 where one exists, e.g. "en", "pl", from Tika's
 * OpenNLP language model),
 * from a bounded sample so cost stays flat for large documents. "und" when the text is too short or unsure.
 */
public final class LanguageDetector {
    /**
     * 4,000 characters name the same language as 20,000 on every document of corpus/dev and corpus/examples, at about a
     * third of the cost (the n-gram scoring is linear in the sample; it was a tenth of the in-process CPU).
     */
    private static final int SAMPLE_CHARS = 4_000;
    private static final int MIN_LETTERS = 200;
    /** The model answers in ISO 639-3 ("eng", "pol"); summaries use ISO 639-1 ("en", "pl") where one exists. */
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private LanguageDetector() {
    }

    public static String detect(CharSequence text) {
        String sample = text.subSequence(0, Math.min(text.length(), SAMPLE_CHARS)).toString();
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return "und"; // the n-gram model guesses wildly on a sentence or two
        }
        OpenNLPDetector detector = new OpenNLPDetector(); // not thread-safe; the model behind it is shared and loaded once
        detector.setMaxLength(SAMPLE_CHARS);
        detector.addText(sample);
        List<LanguageResult> results = detector.detectAll();
        if (results.isEmpty() || results.get(0).isUnknown()) {
            return "und";
        }
        String code = results.get(0).getLanguage();
        return TWO_LETTER.getOrDefault(code, code);
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(new Locale(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // a code without a three-letter form cannot come from the model
            }
        }
        return Map.copyOf(codes);
    }
}

package dev.schemawright.modeling.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP sentence detection, tokens, UD part-of-speech tags and lemmas. The models load once per JVM from the
 * opennlp-models-*-en jars; the ME wrappers are not thread-safe, so each thread gets its own over the shared models.
 */
public final class EnglishNlp {
    private static final class Models {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        static final LemmatizerModel LEMMAS = load("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    private static final class Tools {
        final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
        final TokenizerME tokens = new TokenizerME(Models.TOKENS);
        final POSTaggerME pos = new POSTaggerME(Models.POS);
        final LemmatizerME lemmas = new LemmatizerME(Models.LEMMAS);
    }

    private static final EnglishNlp INSTANCE = new EnglishNlp();

    private EnglishNlp() {
    }

    public static EnglishNlp shared() {
        return INSTANCE;
    }

    public String[] sentences(String text) {
        return TOOLS.get().sentences.sentDetect(text);
    }

    /** Tokens, UD tags and lower-case lemmas of one sentence. */
    public TaggedSentence tag(String sentence) {
        Tools t = TOOLS.get();
        String[] tokens = t.tokens.tokenize(sentence);
        String[] tags = t.pos.tag(tokens);
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lemmas[i] = lemma(t, tokens[i], tags[i]);
        }
        return new TaggedSentence(tokens, tags, lemmas);
    }

    /** Tokens only (cheap): for sentences that carry no cue worth tagging. */
    public String[] tokens(String sentence) {
        return TOOLS.get().tokens.tokenize(sentence);
    }

    /**
     * The lemmatizer costs ~10 ms per sentence in context; a word's lemma given its tag is looked up once per JVM
     * (single-token input, so the answer never depends on the sentence and stays deterministic).
     */
    private static final java.util.Map<String, String> LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_LEMMAS = 200_000;

    private static String lemma(Tools t, String token, String tag) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (!"VERB".equals(tag) && !"NOUN".equals(tag) && !"AUX".equals(tag) && !"ADJ".equals(tag)) {
            return lower;
        }
        String key = tag + ":" + lower;
        String cached = LEMMAS.get(key);
        if (cached != null) {
            return cached;
        }
        String[] out = t.lemmas.lemmatize(new String[] {lower}, new String[] {tag});
        String l = out.length == 0 || out[0] == null || out[0].isEmpty() || "O".equals(out[0]) ? lower : out[0].toLowerCase(java.util.Locale.ROOT);
        if (LEMMAS.size() < MAX_CACHED_LEMMAS) {
            LEMMAS.put(key, l);
        }
        return l;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = EnglishNlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}

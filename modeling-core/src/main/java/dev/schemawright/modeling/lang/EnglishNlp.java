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
        String[] lemmas = t.lemmas.lemmatize(tokens, tags);
        for (int i = 0; i < lemmas.length; i++) {
            String l = lemmas[i];
            lemmas[i] = (l == null || l.isEmpty() || "O".equals(l) ? tokens[i] : l).toLowerCase(java.util.Locale.ROOT);
        }
        return new TaggedSentence(tokens, tags, lemmas);
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

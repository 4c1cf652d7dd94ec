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
import opennlp.tools.util.StringUtil;

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
        final POSTaggerME pos = new GreedyPosTagger(Models.POS);
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
        String[] tokens = tokenize(t, sentence);
        String[] tags = posTags(tokens);
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lemmas[i] = lemma(t, tokens[i], tags[i]);
        }
        return new TaggedSentence(tokens, tags, lemmas);
    }

    /** UD part-of-speech tags of a sentence's tokens. */
    String[] posTags(String[] tokens) {
        return TOOLS.get().pos.tag(tokens);
    }

    /** Tokens only (cheap): for sentences that carry no cue worth tagging. */
    public String[] tokens(String sentence) {
        return tokenize(TOOLS.get(), sentence);
    }

    /**
     * TokenizerME splits on whitespace, then asks its model at every character of each chunk whether to split there, with
     * features drawn from that chunk alone; so a chunk's pieces are a pure function of the chunk, and the same words recur
     * all over a document. Chunks are split once per JVM (bounded for hostile input); tokens equal TokenizerME's.
     */
    private static final BoundedMemo<String[]> CHUNK_PIECES = new BoundedMemo<>(100_000);

    private static String[] tokenize(Tools t, String sentence) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                String chunk = sentence.substring(start, i);
                if (chunk.length() < 2) {
                    out.add(chunk);
                    continue;
                }
                java.util.Collections.addAll(out, CHUNK_PIECES.get(chunk, t.tokens::tokenize));
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * The lemmatizer costs ~10 ms per sentence in context; a word's lemma given its tag is looked up once per JVM
     * (single-token input, so the answer never depends on the sentence and stays deterministic).
     */
    private static final java.util.Map<String, BoundedMemo<String>> LEMMAS = java.util.Map.of("VERB", new BoundedMemo<>(50_000),
            "NOUN", new BoundedMemo<>(50_000), "AUX", new BoundedMemo<>(50_000), "ADJ", new BoundedMemo<>(50_000));

    private static String lemma(Tools t, String token, String tag) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        BoundedMemo<String> lemmas = tag == null ? null : LEMMAS.get(tag); // one memo per tag: no key to build per token
        if (lemmas == null) {
            return lower;
        }
        return lemmas.get(lower, key -> {
            String[] out = t.lemmas.lemmatize(new String[] {lower}, new String[] {tag});
            return out.length == 0 || out[0] == null || out[0].isEmpty() || "O".equals(out[0]) ? lower : out[0].toLowerCase(java.util.Locale.ROOT);
        });
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

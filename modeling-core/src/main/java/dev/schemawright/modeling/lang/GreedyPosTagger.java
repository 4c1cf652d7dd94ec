package dev.schemawright.modeling.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * POSTaggerME's tags without its beam search. OpenNLP 2.5's POS context generator caches each token's features,
 * previous-tag features included, from the first beam entry it is asked about, which is the best one; so every entry of
 * the beam gets the same distribution and the best sequence is always the greedy path. This walks that path directly:
 * per token, the most probable tag given the tags chosen so far (the first one on a tie, as BeamSearch's queue keeps),
 * with the same features and model, one evaluation per token instead of three plus a sort and a sequence copy.
 * EnglishNlpTest compares contexts and tags with the stock tagger over the dev corpus. Not thread-safe, like POSTaggerME.
 */
final class GreedyPosTagger extends POSTaggerME {
    private final MaxentModel maxent;
    private final double[] probs;
    private final Contexts contexts = new Contexts();

    GreedyPosTagger(POSModel model) {
        super(model);
        if (model.getFactory().getTagDictionary() != null) {
            throw new IllegalStateException("unsupported: a POS model with a tag dictionary restricts tags per word");
        }
        maxent = model.getArtifact("pos.model");
        probs = new double[maxent.getNumOutcomes()];
    }

    @Override
    public String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        Contexts.Word[] words = contexts.words(tokens);
        for (int i = 0; i < tokens.length; i++) {
            double[] p = maxent.eval(contexts.context(i, tokens, words, Arrays.copyOf(tags, i)), probs);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            tags[i] = maxent.getOutcome(best);
        }
        return posTagFormatMapper.getGuessedFormat() == POSTagFormat.UD ? tags : posTagFormatMapper.convertTags(Arrays.asList(tags));
    }

    /** The model's features for token {@code i} given the tags before it. */
    String[] context(int i, String[] tokens, String[] tagsBefore) {
        return contexts.context(i, tokens, contexts.words(tokens), tagsBefore);
    }

    /**
     * The features this model was trained with: OpenNLP 2.5's pos-default-features.xml (prior, suffixes and prefixes up to
     * 4, the lower-cased word in a ±2 window, sentence start in a ±2 window, word class, the two previous tags), in that
     * order, as its generators write them. What depends on one word only is worked out once per word (per JVM, bounded):
     * the stock generators lower-cased and classified each word up to seven times per sentence, and the remembered
     * strings keep their hash codes for the model's lookups. EnglishNlpTest compares every context with the stock one.
     */
    static final class Contexts {
        /** A word's own features; {@code window[0]} is the word feature itself, then as 1 and 2 before, 1 and 2 after. */
        private record Word(String[] head, String[][] window, String[] classes) {
        }

        private static final int WINDOW = 2;
        private static final AdaptiveFeatureGenerator HEAD = new AggregatedFeatureGenerator(new OutcomePriorFeatureGenerator(),
                new SuffixFeatureGenerator(4), new PrefixFeatureGenerator(4));
        private static final AdaptiveFeatureGenerator TOKEN = new TokenFeatureGenerator(true);
        private static final AdaptiveFeatureGenerator TOKEN_CLASS = new TokenClassFeatureGenerator(true);
        private static final BoundedMemo<Word> WORDS = new BoundedMemo<>(30_000);
        private final AdaptiveFeatureGenerator sentenceStart = new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), WINDOW, WINDOW);
        private final AdaptiveFeatureGenerator previousTags = new PosTaggerFeatureGenerator();

        Word[] words(String[] tokens) {
            Word[] words = new Word[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                words[i] = WORDS.get(tokens[i], Contexts::word);
            }
            return words;
        }

        String[] context(int i, String[] tokens, Word[] words, String[] tagsBefore) {
            List<String> features = new ArrayList<>(24);
            Collections.addAll(features, words[i].head());
            Collections.addAll(features, words[i].window()[0]);
            for (int k = 1; k <= WINDOW && i - k >= 0; k++) { // as WindowFeatureGenerator: the word, those before, those after
                Collections.addAll(features, words[i - k].window()[k]);
            }
            for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
                Collections.addAll(features, words[i + k].window()[WINDOW + k]);
            }
            sentenceStart.createFeatures(features, tokens, i, tagsBefore);
            Collections.addAll(features, words[i].classes());
            previousTags.createFeatures(features, tokens, i, tagsBefore);
            return features.toArray(new String[0]);
        }

        private static Word word(String word) {
            String[] token = features(TOKEN, word);
            String[][] window = new String[1 + 2 * WINDOW][];
            window[0] = token;
            for (int k = 1; k <= WINDOW; k++) {
                window[k] = prefixed(WindowFeatureGenerator.PREV_PREFIX + k, token);
                window[WINDOW + k] = prefixed(WindowFeatureGenerator.NEXT_PREFIX + k, token);
            }
            return new Word(features(HEAD, word), window, features(TOKEN_CLASS, word));
        }

        /** What a generator that reads only tokens[index] writes for this word. */
        private static String[] features(AdaptiveFeatureGenerator generator, String word) {
            List<String> out = new ArrayList<>();
            generator.createFeatures(out, new String[] {word}, 0, null);
            return out.toArray(new String[0]);
        }

        private static String[] prefixed(String prefix, String[] features) {
            String[] out = new String[features.length];
            for (int j = 0; j < features.length; j++) {
                out[j] = prefix + features[j];
            }
            return out;
        }
    }
}

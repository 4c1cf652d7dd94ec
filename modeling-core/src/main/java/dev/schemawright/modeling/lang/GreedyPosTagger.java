package dev.schemawright.modeling.lang;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * POSTaggerME's tags without its beam search. OpenNLP 2.5's POS context generator caches each token's features,
 * previous-tag features included, from the first beam entry it is asked about, which is the best one; so every entry of
 * the beam gets the same distribution and the best sequence is always the greedy path. This walks that path directly:
 * per token, the most probable tag given the tags chosen so far (the first one on a tie, as BeamSearch's queue keeps),
 * with the same contexts and model, one evaluation per token instead of three plus a sort and a sequence copy.
 * EnglishNlpTest compares the tags with the stock tagger over the dev corpus. Not thread-safe, like POSTaggerME.
 */
final class GreedyPosTagger extends POSTaggerME {
    private static final Object[] NO_CONTEXT = new Object[0];
    private final MaxentModel maxent;
    private final double[] probs;

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
        for (int i = 0; i < tokens.length; i++) {
            double[] p = maxent.eval(cg.getContext(i, tokens, Arrays.copyOf(tags, i), NO_CONTEXT), probs);
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
}

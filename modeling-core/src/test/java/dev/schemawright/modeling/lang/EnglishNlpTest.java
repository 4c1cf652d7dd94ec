package dev.schemawright.modeling.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/**
 * EnglishNlp's shortcuts (per-chunk token cache, greedy POS tagging) must give exactly what the stock OpenNLP
 * TokenizerME and POSTaggerME (beam 3) give for whole sentences.
 */
class EnglishNlpTest {
    @Test
    void tokensEqualTokenizerMeOverTheDevCorpusAndOddWhitespace() throws IOException {
        TokenizerME reference;
        try (InputStream in = EnglishNlp.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            reference = new TokenizerME(new TokenizerModel(in));
        }
        EnglishNlp nlp = EnglishNlp.shared();
        List<String> lines = lines();
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
            for (String line : lines) {
                assertThat(nlp.tokens(line)).as(line).containsExactly(reference.tokenize(line));
            }
        }
    }

    @Test
    void tagsEqualTheStockBeamSearchTaggerOverTheDevCorpus() throws IOException {
        POSTaggerME reference;
        try (InputStream in = EnglishNlp.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            reference = new POSTaggerME(new POSModel(in));
        }
        EnglishNlp nlp = EnglishNlp.shared();
        int tokens = 0;
        for (String line : new java.util.LinkedHashSet<>(lines())) {
            for (String sentence : nlp.sentences(line)) {
                String[] words = nlp.tokens(sentence);
                assertThat(nlp.posTags(words)).as(sentence).containsExactly(reference.tag(words));
                tokens += words.length;
            }
        }
        assertThat(tokens).isGreaterThan(20_000);
    }

    @Test
    void featuresEqualTheStockContextGeneratorOverTheDevCorpus() throws IOException {
        POSModel model;
        try (InputStream in = EnglishNlp.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        GreedyPosTagger tagger = new GreedyPosTagger(model);
        EnglishNlp nlp = EnglishNlp.shared();
        int tokens = 0;
        for (String line : new java.util.LinkedHashSet<>(lines())) {
            for (String sentence : nlp.sentences(line)) {
                String[] words = nlp.tokens(sentence);
                String[] tags = tagger.tag(words);
                var stock = model.getFactory().getPOSContextGenerator(0);
                for (int i = 0; i < words.length; i++) {
                    String[] before = java.util.Arrays.copyOf(tags, i);
                    assertThat(tagger.context(i, words, before)).as(sentence + " @" + i).containsExactly(stock.getContext(i, words, before, null));
                }
                tokens += words.length;
            }
        }
        assertThat(tokens).isGreaterThan(20_000);
    }

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of("", " ", "a", "I can't  do\tit\u00a0now — (really?) \"quoted\", e.g. x.y@z.com.",
                "\u2003wide\u2003space\r\nand new\nlines", "users' decks; the user's cards: 10kg/5% \uD83D\uDE00 emoji",
                "\u0130stanbul \u00c9COLE Stra\u00dfe \u01c5ungla 42nd x2 COVID-19 iPhone e-mail U.S. $3.50"));
        Path corpus = Path.of("../corpus/dev");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        return lines;
    }
}

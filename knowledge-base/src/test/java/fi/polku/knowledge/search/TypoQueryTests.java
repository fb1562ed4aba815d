package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.index.Analysis;
import fi.polku.knowledge.index.ServiceIndexer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link TypoQuery} against the {@link FuzzyQuery} it claims to equal (transpositions, prefix 1, 20 expansions): the
 * same expanded terms with the same boosts, the same hits in the same order with the same scores, on random
 * misspellings of the bundled catalogue's title and keyword terms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypoQueryTests {

    private static final String LETTERS = "aeiouyäöåkstlnrpmhvj";

    private final Analysis analysis = new Analysis();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    TypoQueryTests() throws IOException {
        reader = DirectoryReader.open(new ServiceIndexer()
                .index(ServiceCatalogue.loadBundled(), analysis)
                .directory());
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        analysis.close();
    }

    private List<String> terms(String field) throws IOException {
        List<String> terms = new ArrayList<>();
        TermsEnum termsEnum = MultiTerms.getTerms(reader, field).iterator();
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            terms.add(term.utf8ToString());
        }
        return terms;
    }

    private static String misspell(String word, int edits, Random random) {
        StringBuilder text = new StringBuilder(word);
        for (int e = 0; e < edits; e++) {
            // never the first letter: both queries require it (prefix 1)
            int at = 1 + random.nextInt(Math.max(1, text.length() - 1));
            char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
            switch (random.nextInt(4)) {
                case 0 -> text.insert(Math.min(at, text.length()), letter);
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < text.length()) {
                        text.setCharAt(at, letter);
                    }
                }
                default -> {
                    if (at + 1 < text.length()) {
                        char c = text.charAt(at);
                        text.setCharAt(at, text.charAt(at + 1));
                        text.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return text.toString();
    }

    private static String hits(TopDocs top) {
        return Arrays.toString(
                Arrays.stream(top.scoreDocs).map(d -> d.doc + ":" + d.score).toArray());
    }

    @Test
    void expandsAndScoresExactlyAsFuzzyQuery() throws IOException {
        Random random = new Random(20261130);
        int compared = 0;
        int matched = 0;
        for (String field : List.of("title_fi", "keywords_fi", "title_sv", "keywords_sv", "keywords_en")) {
            List<String> terms = terms(field);
            for (int i = 0; i < 150; i++) {
                String word = misspell(terms.get(random.nextInt(terms.size())), 1 + random.nextInt(2), random);
                if (word.length() < 2) {
                    continue;
                }
                int edits = word.length() >= 8 ? 2 : 1;
                Term term = new Term(field, word);
                Query typo = new TypoQuery(term, edits, 1, 20);
                Query fuzzy = new FuzzyQuery(term, edits, 1, 20, true);

                assertThat(searcher.rewrite(typo).toString())
                        .as(word)
                        .isEqualTo(searcher.rewrite(fuzzy).toString());
                TopDocs expected = searcher.search(fuzzy, 100);
                // ties in score go by document number in both: the order is compared in full
                assertThat(hits(searcher.search(typo, 100))).as(word).isEqualTo(hits(expected));
                compared++;
                matched += expected.scoreDocs.length > 0 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(700);
        assertThat(matched).as("misspellings that match something").isGreaterThan(compared / 2);
    }

    @Test
    void matchesWordsOfEveryInitialLetter() throws IOException {
        // the terms enumeration must seek to the prefix: a scan from the first term ended at once for most letters
        List<String> words = List.of("palkkauks", "velkaneuvota", "tyokokelu", "kuntoutsu", "mielenterveys");
        for (String word : words) {
            Term term = new Term("keywords_fi", word);
            ScoreDoc[] hits = searcher.search(new TypoQuery(term, 2, 1, 20), 10).scoreDocs;
            assertThat(hits).as(word).isNotEmpty();
        }
    }
}

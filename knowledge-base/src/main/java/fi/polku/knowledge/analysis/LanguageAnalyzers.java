package fi.polku.knowledge.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * The index and query analyzers of one language, built from the word lists in that language's package, and its stop
 * words (lower-case, as Lucene ships them).
 */
public record LanguageAnalyzers(Analyzer index, Analyzer query, CharArraySet stopWords) {

    /**
     * Reads {@code compounds.txt} (when {@code decompound}), {@code inflections.txt} and {@code synonyms.txt} from
     * {@code anchor}'s package.
     */
    public static LanguageAnalyzers of(
            Class<?> anchor, CharArraySet stopWords, boolean decompound, Function<TokenStream, TokenStream> stemmer) {
        WordLists lists = new WordLists(anchor, SearchAnalyzer.normaliser());
        LanguageChain chain = new LanguageChain(
                stopWords,
                decompound ? lists.words("compounds.txt") : null,
                lists.overrides("inflections.txt", SearchAnalyzer.stemmerOnly(stemmer)),
                stemmer);
        return new LanguageAnalyzers(
                SearchAnalyzer.forIndex(chain),
                SearchAnalyzer.forQuery(chain, lists.synonyms("synonyms.txt", SearchAnalyzer.stemsOnly(chain))),
                stopWords);
    }
}

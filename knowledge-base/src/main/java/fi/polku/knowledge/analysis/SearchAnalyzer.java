package fi.polku.knowledge.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The search chain of one language: tokenise, lower-case, drop stop words, fold diacritics (so {@code tyokokeilu}
 * matches {@code työkokeilu}), split compounds by dictionary (keeping the whole word), apply inflection overrides,
 * stem, and at query time expand synonyms over the stems.
 *
 * <p>Folding comes before stemming so that typed and untyped diacritics reach the stemmer in one form; the Snowball
 * suffix rules accept both {@code -ssa} and {@code -ssä}, and index and query always take the same path.
 */
public final class SearchAnalyzer extends Analyzer {

    /** Words shorter than this are never split; parts shorter than the minimum are never emitted. */
    static final int MIN_COMPOUND = 5;

    static final int MIN_PART = 3;
    static final int MAX_PART = 24;

    private final LanguageChain chain;
    private final @Nullable SynonymMap synonyms;

    private SearchAnalyzer(LanguageChain chain, @Nullable SynonymMap synonyms) {
        this.chain = chain;
        this.synonyms = synonyms;
    }

    /** The chain used to index documents (no synonyms: they are expanded at query time only). */
    public static SearchAnalyzer forIndex(LanguageChain chain) {
        return new SearchAnalyzer(chain, null);
    }

    /** The chain used to analyse queries, expanding the synonyms (parsed with {@link #stemsOnly}). */
    public static SearchAnalyzer forQuery(LanguageChain chain, SynonymMap synonyms) {
        return new SearchAnalyzer(chain, synonyms);
    }

    /**
     * The chain without stop words, decompounding and synonyms: to parse synonym lists into stems (a multi-word entry
     * must keep one token per word).
     */
    public static Analyzer stemsOnly(LanguageChain chain) {
        return new SearchAnalyzer(
                new LanguageChain(CharArraySet.EMPTY_SET, null, chain.overrides(), chain.stemmer()), null);
    }

    /** Lower-casing, folding and the stemmer only: how the base of an inflection override is stemmed. */
    public static Analyzer stemmerOnly(Function<TokenStream, TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(
                        source, stemmer.apply(new ASCIIFoldingFilter(new LowerCaseFilter(source))));
            }
        };
    }

    /** Lower-casing and folding only: how word list entries are normalised. */
    public static Analyzer normaliser() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, chain.stopWords());
        stream = new ASCIIFoldingFilter(stream);
        if (chain.compounds() != null) {
            stream = new DictionaryCompoundWordTokenFilter(
                    stream, chain.compounds(), MIN_COMPOUND, MIN_PART, MAX_PART, false);
        }
        stream = new StemmerOverrideFilter(stream, chain.overrides());
        stream = chain.stemmer().apply(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

package fi.polku.knowledge.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.jspecify.annotations.Nullable;

/**
 * What one language plugs into the shared search chain: stop words, the compound dictionary (null: no
 * decompounding), inflection overrides that the stemmer cannot derive, and the stemming filter.
 */
public record LanguageChain(
        CharArraySet stopWords,
        @Nullable CharArraySet compounds,
        StemmerOverrideMap overrides,
        Function<TokenStream, TokenStream> stemmer) {}

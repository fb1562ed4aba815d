package fi.polku.knowledge.analysis.fi;

import fi.polku.knowledge.analysis.LanguageAnalyzers;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * Finnish search analysis: Lucene's Snowball Finnish stemmer and stop words, plus our compound dictionary, the
 * inflection forms Snowball cannot join (consonant gradation: velka/velat, apu/avun) and colloquial synonyms.
 */
public final class FinnishAnalysis {

    private FinnishAnalysis() {}

    public static LanguageAnalyzers create() {
        return LanguageAnalyzers.of(
                FinnishAnalysis.class,
                FinnishAnalyzer.getDefaultStopSet(),
                true,
                stream -> new SnowballFilter(stream, new FinnishStemmer()));
    }
}

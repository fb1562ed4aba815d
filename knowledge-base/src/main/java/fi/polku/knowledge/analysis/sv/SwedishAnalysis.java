package fi.polku.knowledge.analysis.sv;

import fi.polku.knowledge.analysis.LanguageAnalyzers;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Swedish search analysis: Lucene's Snowball Swedish stemmer and stop words, plus our compound dictionary (with
 * linking forms such as arbets-), irregular inflections and colloquial synonyms (Finland-Swedish included).
 */
public final class SwedishAnalysis {

    private SwedishAnalysis() {}

    public static LanguageAnalyzers create() {
        return LanguageAnalyzers.of(
                SwedishAnalysis.class,
                SwedishAnalyzer.getDefaultStopSet(),
                true,
                stream -> new SnowballFilter(stream, new SwedishStemmer()));
    }
}

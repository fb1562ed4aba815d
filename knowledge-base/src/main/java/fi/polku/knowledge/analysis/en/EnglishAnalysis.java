package fi.polku.knowledge.analysis.en;

import fi.polku.knowledge.analysis.LanguageAnalyzers;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** English search analysis: Lucene's Porter stemmer and stop words, irregular forms and synonyms; no decompounding. */
public final class EnglishAnalysis {

    private EnglishAnalysis() {}

    public static LanguageAnalyzers create() {
        return LanguageAnalyzers.of(
                EnglishAnalysis.class, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false, PorterStemFilter::new);
    }
}

package fi.polku.knowledge.search;

import fi.polku.knowledge.analysis.LanguageAnalyzers;
import fi.polku.knowledge.analysis.en.EnglishAnalysis;
import fi.polku.knowledge.analysis.fi.FinnishAnalysis;
import fi.polku.knowledge.analysis.sv.SwedishAnalysis;
import fi.polku.segmentation.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of every language, and the per-field analyzer that indexes each language's fields with its own. */
final class Analysis implements AutoCloseable {

    private final Map<Language, LanguageAnalyzers> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer indexAnalyzer;

    Analysis() {
        byLanguage.put(Language.FI, FinnishAnalysis.create());
        byLanguage.put(Language.SV, SwedishAnalysis.create());
        byLanguage.put(Language.EN, EnglishAnalysis.create());
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language lang : Language.values()) {
            for (IndexField field : IndexField.values()) {
                perField.put(field.name(lang), byLanguage.get(lang).index());
            }
        }
        indexAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    Analyzer index() {
        return indexAnalyzer;
    }

    Analyzer query(Language lang) {
        return byLanguage.get(lang).query();
    }

    @Override
    public void close() {
        indexAnalyzer.close();
        byLanguage.values().forEach(a -> {
            a.index().close();
            a.query().close();
        });
    }
}

package fi.polku.knowledge.index;

import fi.polku.knowledge.analysis.LanguageAnalyzers;
import fi.polku.knowledge.analysis.en.EnglishAnalysis;
import fi.polku.knowledge.analysis.fi.FinnishAnalysis;
import fi.polku.knowledge.analysis.sv.SwedishAnalysis;
import fi.polku.segmentation.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of every language, and the per-field analyzer that indexes each language's fields with its own. */
public final class Analysis implements AutoCloseable {

    private final Map<Language, LanguageAnalyzers> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer indexAnalyzer;
    private final CharArraySet functionWords;

    public Analysis() {
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
        functionWords = functionWords(byLanguage.values());
    }

    private static CharArraySet functionWords(Iterable<LanguageAnalyzers> languages) {
        CharArraySet functionWords = new CharArraySet(512, false);
        for (LanguageAnalyzers analyzers : languages) {
            for (Object word : analyzers.stopWords()) {
                char[] chars = (char[]) word;
                functionWords.add(chars);
                // typed without diacritics too: "for" for "för", "pa" for "på"
                char[] folded = new char[chars.length * 4];
                int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
                functionWords.add(new String(folded, 0, length));
            }
        }
        return CharArraySet.unmodifiableSet(functionWords);
    }

    public Analyzer index() {
        return indexAnalyzer;
    }

    public Analyzer query(Language lang) {
        return byLanguage.get(lang).query();
    }

    /**
     * The stop words of every language, with and without diacritics: a query is analysed in all languages, and a
     * word that only joins a sentence in one ("för", "the", "en") matches thousands of texts in another while meaning
     * nothing there either.
     */
    public CharArraySet functionWords() {
        return functionWords;
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

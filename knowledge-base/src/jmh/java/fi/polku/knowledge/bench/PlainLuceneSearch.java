package fi.polku.knowledge.bench;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The yardstick of the search benchmark: plain Lucene on the same catalogue, StandardAnalyzer and one BM25
 * BooleanQuery over a title and a text field (all languages in each), the top hits' ids, no snippets. Times on this
 * shared machine vary twofold from run to run; Polku's time as a ratio to this one, measured in the same run, does not.
 */
final class PlainLuceneSearch implements AutoCloseable {

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<String> ids = new ArrayList<>();

    PlainLuceneSearch(ServiceCatalogue catalogue) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ServiceDescription service : catalogue.all()) {
                Document doc = new Document();
                for (ServiceText text : service.texts().values()) {
                    doc.add(new TextField("title", text.title(), Field.Store.NO));
                    String body = String.join(" ", text.summary(), text.descriptionMarkdown())
                            + " " + String.join(" ", text.keywords());
                    doc.add(new TextField("text", body, Field.Store.NO));
                }
                writer.addDocument(doc);
                ids.add(service.id());
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    List<String> search(String text, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            for (int n = 0; stream.incrementToken() && n < 32; n++) {
                query.add(new TermQuery(new Term("title", term.toString())), Occur.SHOULD);
                query.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
            }
            stream.end();
            List<String> found = new ArrayList<>(limit);
            for (ScoreDoc hit : searcher.search(query.build(), new TopScoreDocCollectorManager(limit, limit)).scoreDocs) {
                found.add(ids.get(hit.doc));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzer.close();
    }
}

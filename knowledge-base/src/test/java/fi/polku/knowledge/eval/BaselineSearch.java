package fi.polku.knowledge.eval;

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
import org.apache.lucene.document.StringField;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/** The baseline: Lucene's StandardAnalyzer and BM25 over title, summary, description and keywords of all languages. */
public final class BaselineSearch {

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    public BaselineSearch(ServiceCatalogue catalogue) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (ServiceDescription service : catalogue.all()) {
                    Document doc = new Document();
                    doc.add(new StringField("id", service.id(), Field.Store.YES));
                    for (ServiceText text : service.texts().values()) {
                        String all = String.join(" ", text.title(), text.summary(), text.descriptionMarkdown()) + " "
                                + String.join(" ", text.keywords());
                        doc.add(new TextField("all", all, Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> search(String text, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream("all", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            for (int n = 0; stream.incrementToken() && n < 32; n++) {
                query.add(new TermQuery(new Term("all", term.toString())), Occur.SHOULD);
            }
            stream.end();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

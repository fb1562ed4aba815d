package fi.polku.knowledge.index;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Writes the catalogue into an in-memory Lucene index: one document per service, its texts per language. */
public final class ServiceIndexer {

    /** Offsets in the postings so snippets need no re-analysis; the text itself is kept beside the index. */
    private static final FieldType HIGHLIGHTED = highlighted(false);
    /** The same, stored: only for the library highlighter that reads texts from stored fields (benchmarks, tests). */
    private static final FieldType HIGHLIGHTED_STORED = highlighted(true);

    private final Parser markdown = Parser.builder().build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();

    /** The index and, by document number, the plain texts snippets are cut from (kept in memory, not stored). */
    public record Indexed(Directory directory, List<Map<String, String>> highlightTexts) {}

    public Indexed index(ServiceCatalogue catalogue, Analysis analysis) {
        return index(catalogue, analysis, false);
    }

    /** The index; {@code storeTexts} also stores summary and description (for a highlighter that reads them). */
    public Indexed index(ServiceCatalogue catalogue, Analysis analysis, boolean storeTexts) {
        List<Map<String, String>> texts = new ArrayList<>();
        // one buffer per file: every postings or terms enum clones its input, and cloning a file held as many small
        // blocks duplicates each block, which dominated search time on a large catalogue
        Directory directory = new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        // adjacent-only merges keep documents in catalogue order, so a document number is a catalogue position
        IndexWriterConfig config = new IndexWriterConfig(analysis.index()).setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (ServiceDescription service : catalogue.all()) {
                Map<String, String> highlightTexts = new HashMap<>();
                writer.addDocument(document(service, highlightTexts, storeTexts ? HIGHLIGHTED_STORED : HIGHLIGHTED));
                texts.add(highlightTexts);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the service index", e);
        }
        return new Indexed(directory, texts);
    }

    private Document document(ServiceDescription service, Map<String, String> highlightTexts, FieldType highlighted) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.ID, service.id(), Field.Store.NO));
        ServiceFilter.index(doc, service);
        for (Language lang : Language.values()) {
            ServiceText text = service.texts().get(lang);
            if (text == null) {
                continue;
            }
            doc.add(new TextField(IndexField.TITLE.name(lang), text.title(), Field.Store.NO));
            doc.add(new TextField(IndexField.KEYWORDS.name(lang), keywords(text), Field.Store.NO));
            String body = plain(text.descriptionMarkdown());
            doc.add(new Field(IndexField.SUMMARY.name(lang), text.summary(), highlighted));
            doc.add(new Field(IndexField.BODY.name(lang), body, highlighted));
            highlightTexts.put(IndexField.SUMMARY.name(lang), text.summary());
            highlightTexts.put(IndexField.BODY.name(lang), body);
        }
        return doc;
    }

    private static FieldType highlighted(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static String keywords(ServiceText text) {
        // target groups say whom a service is for, in the words people use about themselves
        return String.join(" . ", text.keywords()) + " . " + String.join(" . ", text.phrases()) + " . "
                + String.join(" . ", text.targetGroups());
    }

    String plain(String descriptionMarkdown) {
        return plainText.render(markdown.parse(descriptionMarkdown)).strip();
    }
}

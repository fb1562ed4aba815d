package fi.polku.knowledge.search;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Writes the catalogue into an in-memory Lucene index: one document per service, its texts per language. */
final class ServiceIndexer {

    /** Stored, with offsets in the postings so snippets need no re-analysis. */
    private static final FieldType HIGHLIGHTED = highlighted();

    private final Parser markdown = Parser.builder().build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();

    Directory index(ServiceCatalogue catalogue, Analysis analysis) {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.index());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (ServiceDescription service : catalogue.all()) {
                writer.addDocument(document(service));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the service index", e);
        }
        return directory;
    }

    private Document document(ServiceDescription service) {
        Document doc = new Document();
        doc.add(new StringField(IndexField.ID, service.id(), Field.Store.YES));
        for (String municipality : service.municipalities()) {
            doc.add(new StringField(IndexField.MUNICIPALITY, municipality, Field.Store.NO));
        }
        for (Segment segment : service.segments()) {
            doc.add(new StringField(IndexField.SEGMENT, segment.name(), Field.Store.NO));
        }
        for (Language lang : Language.values()) {
            ServiceText text = service.texts().get(lang);
            if (text == null) {
                continue;
            }
            doc.add(new TextField(IndexField.TITLE.name(lang), text.title(), Field.Store.NO));
            doc.add(new TextField(IndexField.KEYWORDS.name(lang), keywords(text), Field.Store.NO));
            doc.add(new Field(IndexField.SUMMARY.name(lang), text.summary(), HIGHLIGHTED));
            doc.add(new Field(IndexField.BODY.name(lang), plain(text.descriptionMarkdown()), HIGHLIGHTED));
        }
        return doc;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
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

package fi.polku.knowledge.semantic;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.knowledge.index.ServiceFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Writes the vector index of semantic recall: one document per service and language with the embedding of its title,
 * summary and keywords (cosine), the service's catalogue position, and its municipalities and segments for filters.
 */
final class VectorIndexer {

    static final String VECTOR = "vector";
    static final String POSITION = "position";
    /** Embedded characters of a text: the head of a service text carries its meaning, and models cap input anyway. */
    static final int MAX_TEXT_LENGTH = 2_000;

    private static final int BATCH = 32;

    /** The vector index, the dimension of its vectors and how many texts it holds. */
    record Indexed(Directory directory, int dimension, int texts) {}

    /**
     * Embeds and writes every service text; empty when no text gave a usable vector. The embedder's exceptions pass
     * through, as does an {@link IllegalStateException} for vectors of different dimensions.
     */
    Optional<Indexed> index(ServiceCatalogue catalogue, QueryEmbedder embedder) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<ServiceDescription> services = catalogue.all();
        for (int position = 0; position < services.size(); position++) {
            for (ServiceText text : services.get(position).texts().values()) {
                texts.add(embeddedText(text));
                positions.add(position);
            }
        }
        List<float[]> vectors = embedInBatches(embedder, texts);
        Directory directory = new ByteBuffersDirectory();
        try {
            int written = write(directory, services, positions, vectors);
            if (written == 0) {
                directory.close();
                return Optional.empty();
            }
            return Optional.of(new Indexed(directory, vectors.getFirst().length, written));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static List<float[]> embedInBatches(QueryEmbedder embedder, List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            List<float[]> embedded = embedder.embedAll(batch);
            if (embedded.size() != batch.size()) {
                throw new IllegalStateException(
                        "the embedder returned " + embedded.size() + " vectors for " + batch.size() + " texts");
            }
            vectors.addAll(embedded);
        }
        return vectors;
    }

    private static int write(
            Directory directory, List<ServiceDescription> services, List<Integer> positions, List<float[]> vectors)
            throws IOException {
        int dimension = vectors.isEmpty() ? 0 : vectors.getFirst().length;
        int written = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < vectors.size(); i++) {
                float[] vector = vectors.get(i);
                if (vector.length != dimension) {
                    throw new IllegalStateException("the embedder returned vectors of different dimensions");
                }
                if (!nonZeroAndFinite(vector)) {
                    continue; // cosine is undefined for it; the keyword index still has the service
                }
                writer.addDocument(document(services.get(positions.get(i)), positions.get(i), vector));
                written++;
            }
        }
        return written;
    }

    private static Document document(ServiceDescription service, int position, float[] vector) {
        Document doc = new Document();
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        doc.add(new StoredField(POSITION, position));
        ServiceFilter.index(doc, service);
        return doc;
    }

    static String embeddedText(ServiceText text) {
        return cut(text.title() + ". " + text.summary() + " " + String.join(", ", text.keywords()));
    }

    static String cut(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_LENGTH - 1)) ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH;
        return text.substring(0, end);
    }

    static boolean nonZeroAndFinite(float[] vector) {
        boolean nonZero = false;
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                return false;
            }
            nonZero |= v != 0f;
        }
        return nonZero;
    }
}

package fi.polku.assistant.system;

import fi.polku.assistant.system.internal.Reloadable;
import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.semantic.QueryEmbedder;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service catalogue and its index in use: bundled, or built from {@code polku.catalogue.path} and rebuilt when a
 * valid edit lands. With an embedder (semantic recall on), each build embeds the service texts too.
 *
 * <p>A replaced index is not closed at once: searches that already hold it may still be running. It is an in-memory
 * index, so the garbage collector reclaims it.
 */
public final class CurrentKnowledgeBase {

    private final Reloadable<KnowledgeBase> knowledgeBase;

    CurrentKnowledgeBase(@Nullable Path folder) {
        this(folder, Optional.empty());
    }

    CurrentKnowledgeBase(@Nullable Path folder, Optional<QueryEmbedder> embedder) {
        this.knowledgeBase = new Reloadable<>(
                "service catalogue",
                folder,
                () -> KnowledgeBase.build(ServiceCatalogue.loadBundled(), embedder),
                path -> KnowledgeBase.build(ServiceCatalogue.load(path), embedder));
    }

    /** The knowledge base to search now. */
    public KnowledgeBase get() {
        return knowledgeBase
                .current()
                .orElseThrow(() -> new IllegalStateException("The service index is not built yet"));
    }

    void load() {
        knowledgeBase.load();
    }

    /** Rebuilds from the catalogue folder now; false when it is invalid and the previous index keeps serving. */
    public boolean reload() {
        return knowledgeBase.reload();
    }

    boolean reloadIfChanged() {
        return knowledgeBase.reloadIfChanged();
    }

    boolean watched() {
        return knowledgeBase.watched();
    }

    Optional<KnowledgeBase> loaded() {
        return knowledgeBase.current();
    }
}

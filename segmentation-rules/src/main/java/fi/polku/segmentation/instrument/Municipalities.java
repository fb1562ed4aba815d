package fi.polku.segmentation.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The municipalities the product knows by slug; an unknown slug counts as {@code other} for services. */
public final class Municipalities {

    /** The slug that stands for any municipality the product does not know. */
    public static final String OTHER = "other";

    private final Map<String, Municipality> bySlug = new LinkedHashMap<>();

    public Municipalities(List<Municipality> municipalities) {
        for (Municipality municipality : municipalities) {
            if (bySlug.putIfAbsent(municipality.slug(), municipality) != null) {
                throw new IllegalArgumentException("duplicate municipality " + municipality.slug());
            }
        }
    }

    public boolean isKnown(String slug) {
        return bySlug.containsKey(slug);
    }

    public Optional<Municipality> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The slug itself when known, otherwise {@code other}. */
    public String resolve(String slug) {
        return isKnown(slug) ? slug : OTHER;
    }

    public List<Municipality> all() {
        return List.copyOf(bySlug.values());
    }
}

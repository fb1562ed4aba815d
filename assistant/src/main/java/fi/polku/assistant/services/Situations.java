package fi.polku.assistant.services;

import fi.polku.segmentation.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The life situations of {@code knowledge-base/situations.yml} (bundled as {@code polku/situations.yml}), read once
 * at start. An unknown key or a text missing in any language stops start-up with the situation's id.
 */
@Component
public final class Situations {

    static final String RESOURCE = "polku/situations.yml";
    private static final Set<String> KEYS = Set.of("id", "title", "text", "query", "section");

    private final List<Situation> situations;

    Situations() {
        this(read());
    }

    Situations(List<Situation> situations) {
        this.situations = List.copyOf(situations);
    }

    /** Every situation in file order. */
    public List<Situation> all() {
        return situations;
    }

    public Optional<Situation> find(String id) {
        return situations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static List<Situation> read() {
        try (InputStream in = Situations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map) || !(map.get("situations") instanceof List<?> list)) {
                throw new IllegalStateException(RESOURCE + ": expected a list under 'situations'");
            }
            return list.stream().map(Situations::situation).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Situation situation(Object entry) {
        if (!(entry instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
            throw new IllegalStateException(RESOURCE + ": every situation needs an id");
        }
        map.keySet().stream()
                .filter(key -> !KEYS.contains(String.valueOf(key)))
                .findFirst()
                .ifPresent(key -> {
                    throw new IllegalStateException(RESOURCE + " (situation " + id + "): unknown key '" + key + "'");
                });
        if (!(map.get("section") instanceof String section)) {
            throw new IllegalStateException(RESOURCE + " (situation " + id + "): 'section' is missing");
        }
        return new Situation(id, text(id, map, "title"), text(id, map, "text"), text(id, map, "query"), section);
    }

    private static LocalizedText text(String id, Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof Map<?, ?> texts)) {
            throw new IllegalStateException(RESOURCE + " (situation " + id + "): '" + key + "' is missing");
        }
        String[] values = new String[3];
        String[] languages = {"fi", "sv", "en"};
        for (int i = 0; i < languages.length; i++) {
            if (!(texts.get(languages[i]) instanceof String value) || value.isBlank()) {
                throw new IllegalStateException(
                        RESOURCE + " (situation " + id + "): '" + key + "' has no " + languages[i] + " text");
            }
            values[i] = value.strip();
        }
        return new LocalizedText(values[0], values[1], values[2]);
    }
}

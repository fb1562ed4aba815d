package fi.polku.assistant.services;

import fi.polku.segmentation.yaml.StrictYaml;
import fi.polku.segmentation.yaml.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The life situations of {@code knowledge-base/situations.yml} (bundled as {@code polku/situations.yml}), read once
 * at start with the strict YAML 1.2 layer ({@link StrictYaml}): an unknown or duplicate key, a value of the wrong type
 * or a text missing in any language stops start-up with a {@code YamlProblem} naming the file, line, situation and key.
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
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The situations of one file's text; {@code file} names it in errors. */
    static List<Situation> parse(String file, String text) {
        YamlMap root = StrictYaml.parse(file, text).allowOnly(Set.of("situations"));
        List<Situation> situations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap entry : root.maps("situations")) {
            Situation situation = situation(entry);
            if (!ids.add(situation.id())) {
                throw entry.error("id", "the id '" + situation.id() + "' is used by an earlier situation");
            }
            situations.add(situation);
        }
        return situations;
    }

    private static Situation situation(YamlMap entry) {
        String id = entry.string("id");
        YamlMap situation = entry.named("situation " + id).allowOnly(KEYS);
        return new Situation(
                id,
                situation.text("title"),
                situation.text("text"),
                situation.text("query"),
                situation.string("section"));
    }
}

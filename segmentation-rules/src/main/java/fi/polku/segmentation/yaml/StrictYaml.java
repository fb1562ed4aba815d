package fi.polku.segmentation.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses one data file strictly: YAML 1.2 core schema (an unquoted {@code yes}, {@code no} or {@code on} is text),
 * nodes only (no tag can build an object), at most {@value #MAX_CODE_POINTS} code points, {@value #MAX_DEPTH} levels
 * of nesting and {@value #MAX_ALIASES} aliases to collections. Duplicate and unknown keys are refused by
 * {@link YamlMap}.
 */
public final class StrictYaml {

    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_DEPTH = 20;
    static final int MAX_ALIASES = 10;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(false)
            .setUseMarks(true)
            .build();

    private StrictYaml() {}

    /**
     * Parses a whole file whose top level must be a mapping; {@code file} is the name used in errors, e.g.
     * {@code rules/decisions.yml}.
     */
    public static YamlMap parse(String file, String text) {
        Optional<Node> root;
        try {
            checkDepth(file, text);
            root = new Compose(SETTINGS).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw new YamlProblem(file, line(e.getProblemMark()), null, null, "broken YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new YamlProblem(file, 0, null, null, "broken YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new YamlProblem(file, 1, null, null, "the file is empty");
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new YamlProblem(file, YamlMap.line(root.get()), null, null, "expected a mapping of keys");
        }
        return new YamlMap(file, null, "", mapping);
    }

    /** The composer recurses per level: refuse deep nesting from the event stream before composing. */
    private static void checkDepth(String file, String text) {
        int depth = 0;
        for (Event event : new Parse(SETTINGS).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new YamlProblem(
                                file,
                                line(event.getStartMark()),
                                null,
                                null,
                                "nested more than " + MAX_DEPTH + " levels deep");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {}
            }
        }
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 1).orElse(0);
    }
}

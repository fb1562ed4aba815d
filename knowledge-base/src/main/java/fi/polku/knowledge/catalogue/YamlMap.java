package fi.polku.knowledge.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Strict, line-aware access to one YAML mapping of a service file: unknown or duplicate keys and values of the wrong
 * shape fail with the file, the line and the key path.
 */
final class YamlMap {

    private final String file;
    private final String path;
    private final int line;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    YamlMap(String file, String path, Node node, Set<String> allowedKeys) {
        this.file = file;
        this.path = path;
        this.line = lineOf(node);
        if (!(node instanceof MappingNode mapping)) {
            throw error(line, path.isEmpty() ? null : path, "expected a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = lineOf(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(keyLine, path.isEmpty() ? null : path, "a key must be plain text");
            }
            String name = key.getValue();
            if (!allowedKeys.contains(name)) {
                throw error(keyLine, qualified(name), "unknown key '" + name + "'; allowed: " + allowedKeys);
            }
            if (values.putIfAbsent(name, tuple.getValueNode()) != null) {
                throw error(keyLine, qualified(name), "duplicate key '" + name + "'");
            }
            keyLines.put(name, keyLine);
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    int line() {
        return line;
    }

    int line(String key) {
        return keyLines.getOrDefault(key, line);
    }

    String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    CatalogueException error(int atLine, @Nullable String field, String problem) {
        return new CatalogueException(file, atLine, field, problem);
    }

    CatalogueException error(String key, String problem) {
        return error(line(key), qualified(key), problem);
    }

    String string(String key) {
        String value = optionalString(key);
        if (value == null) {
            throw error(line, qualified(key), "missing required field '" + qualified(key) + "'");
        }
        return value;
    }

    @Nullable
    String optionalString(String key) {
        Node node = values.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw error(key, "expected a text value");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error(key, "must not be empty");
        }
        return value;
    }

    List<String> strings(String key, boolean required) {
        Node node = values.get(key);
        if (node == null) {
            if (required) {
                throw error(line, qualified(key), "missing required field '" + qualified(key) + "'");
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(key, "expected a list, e.g. [a, b]");
        }
        List<String> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(
                        lineOf(item),
                        qualified(key),
                        "a list item must be plain text; put an item that contains ': ' in double quotes");
            }
            if (scalar.getValue().isBlank()) {
                throw error(lineOf(item), qualified(key), "a list item must not be empty");
            }
            result.add(scalar.getValue().strip());
        }
        if (required && result.isEmpty()) {
            throw error(key, "must list at least one value");
        }
        return result;
    }

    @Nullable
    YamlMap map(String key, Set<String> allowedKeys) {
        Node node = values.get(key);
        return node == null ? null : new YamlMap(file, qualified(key), node, allowedKeys);
    }

    List<YamlMap> maps(String key, Set<String> allowedKeys) {
        Node node = values.get(key);
        if (node == null) {
            throw error(line, qualified(key), "missing required field '" + qualified(key) + "'");
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(key, "expected a list of mappings");
        }
        List<YamlMap> result = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            result.add(new YamlMap(
                    file, qualified(key) + "[" + i + "]", sequence.getValue().get(i), allowedKeys));
        }
        return result;
    }
}

package fi.polku.segmentation.rules;

import fi.polku.segmentation.LocalizedText;
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
 * A YAML mapping read through SnakeYAML's node API, so that every value keeps its line and every error names file,
 * rule and line. Nothing is constructed from tags: composing nodes only, so a file cannot instantiate classes.
 */
final class YamlMap {

    private final String file;
    private final @Nullable String rule;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(String file, @Nullable String rule, MappingNode node) {
        this.file = file;
        this.rule = rule;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            if (entries.putIfAbsent(key, tuple) != null) {
                throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
    }

    /** The same mapping, naming this rule (or case, or item) in its errors. */
    YamlMap forRule(String ruleId) {
        return new YamlMap(file, ruleId, node);
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** Rejects keys other than these, naming the first unknown key. */
    YamlMap allowOnly(Set<String> keys) {
        entries.forEach((key, tuple) -> {
            if (!keys.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' (allowed: " + String.join(", ", keys) + ")");
            }
        });
        return this;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    Node node(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw error(node, "missing key '" + key + "'");
        }
        return tuple.getValueNode();
    }

    int keyLine(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    String string(String key) {
        return scalarText(node(key));
    }

    @Nullable
    String optionalString(String key) {
        return has(key) ? string(key) : null;
    }

    int integer(String key) {
        Node value = node(key);
        try {
            return Integer.parseInt(scalarText(value));
        } catch (NumberFormatException e) {
            throw error(value, "'" + key + "' must be a whole number");
        }
    }

    @Nullable
    Integer optionalInteger(String key) {
        return has(key) ? integer(key) : null;
    }

    YamlMap map(String key) {
        return asMap(node(key));
    }

    List<YamlMap> maps(String key) {
        Node value = node(key);
        if (!(value instanceof SequenceNode list)) {
            throw error(value, "'" + key + "' must be a list");
        }
        return list.getValue().stream().map(this::asMap).toList();
    }

    List<String> strings(String key) {
        Node value = node(key);
        if (value instanceof ScalarNode) {
            return List.of(scalarText(value));
        }
        if (!(value instanceof SequenceNode list)) {
            throw error(value, "'" + key + "' must be a list of words");
        }
        return list.getValue().stream().map(this::scalarText).toList();
    }

    /** A text in all three languages: {@code {fi: ..., sv: ..., en: ...}}, every language required. */
    LocalizedText text(String key) {
        YamlMap texts = map(key).allowOnly(Set.of("fi", "sv", "en"));
        return new LocalizedText(texts.string("fi"), texts.string("sv"), texts.string("en"));
    }

    @Nullable
    LocalizedText optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    /** Every entry as a plain Java value typed as JSON would be (Integer/BigInteger, Double, Boolean, String, List, Map). */
    Map<String, @Nullable Object> plainValues() {
        return PlainYamlValues.of(this);
    }

    /** A nested mapping, erring like this one. */
    YamlMap asMap(Node value) {
        if (!(value instanceof MappingNode mapping)) {
            throw error(value, "expected a mapping of keys");
        }
        return new YamlMap(file, rule, mapping);
    }

    private String scalarText(Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, "expected a single value");
        }
        return scalar.getValue();
    }

    RuleBookException error(Node at, String problem) {
        return new RuleBookException(file, rule, line(at), problem);
    }

    RuleBookException error(String problem) {
        return error(node, problem);
    }

    RuleBookException error(String key, String problem) {
        return new RuleBookException(file, rule, keyLine(key), problem);
    }
}

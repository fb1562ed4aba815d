package fi.polku.segmentation.yaml;

import fi.polku.segmentation.LocalizedText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Strict, line-aware access to one YAML mapping: duplicate keys, keys outside {@link #allowOnly} and values of the
 * wrong shape are {@link YamlProblem}s naming file, line and key path. A reader declares its keys with
 * {@code allowOnly} and reads each with a typed getter; a new field is one more allowed key and one more getter call.
 */
public final class YamlMap {

    /** Whole numbers are written in decimal: {@code 0x1F}, {@code 0o17} and {@code 1_000} are refused. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

    private final String file;
    private final @Nullable String entry;
    private final String path;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(String file, @Nullable String entry, String path, MappingNode node) {
        this.file = file;
        this.entry = entry;
        this.path = path;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlProblem(file, line(tuple.getKeyNode()), entry, path(), "a key must be plain text");
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw new YamlProblem(
                        file, line(key), entry, qualified(key.getValue()), "duplicate key '" + key.getValue() + "'");
            }
        }
    }

    /** The same mapping, naming this entry (a rule, case or item id) in its errors. */
    public YamlMap named(String entryName) {
        return new YamlMap(file, entryName, path, node);
    }

    /** The file name used in errors, e.g. {@code rules/decisions.yml}. */
    public String file() {
        return file;
    }

    /** The 1-based line where this mapping starts. */
    public int line() {
        return line(node);
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The line of a key, or of this mapping when the key is absent. */
    public int keyLine(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    /** Rejects keys other than these, naming the first unknown key. */
    public YamlMap allowOnly(Set<String> keys) {
        entries.forEach((key, tuple) -> {
            if (!keys.contains(key)) {
                throw new YamlProblem(
                        file,
                        line(tuple.getKeyNode()),
                        entry,
                        qualified(key),
                        "unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        });
        return this;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** A required text value, stripped; an empty or null value is an error. */
    public String string(String key) {
        String value = optionalString(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    /** A text value, stripped, or null when the key is absent or its value is null ({@code ~}). */
    public @Nullable String optionalString(String key) {
        Node value = value(key);
        if (value == null || Tag.NULL.equals(value.getTag())) {
            return null;
        }
        String text = scalar(key, value).strip();
        if (text.isEmpty()) {
            throw error(key, "must not be empty");
        }
        return text;
    }

    /** A whole number written in decimal. */
    public int integer(String key) {
        Integer value = optionalInteger(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    public @Nullable Integer optionalInteger(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        String text = scalar(key, value);
        if (Tag.INT.equals(value.getTag()) && DECIMAL.matcher(text).matches()) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw error(key, "'" + text + "' is too large for a whole number here");
            }
        }
        throw error(key, "must be a whole number written in decimal, e.g. 10 (got '" + text + "')");
    }

    /** A required list of texts, e.g. {@code [a, b]}; it may be empty. */
    public List<String> strings(String key) {
        if (!has(key)) {
            throw missing(key);
        }
        return optionalStrings(key);
    }

    /** A required list of texts with at least one value. */
    public List<String> nonEmptyStrings(String key) {
        List<String> values = strings(key);
        if (values.isEmpty()) {
            throw error(key, "must list at least one value");
        }
        return values;
    }

    /** A list of texts, or an empty list when the key is absent. */
    public List<String> optionalStrings(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode list)) {
            throw error(key, "expected a list, e.g. [a, b]");
        }
        List<String> result = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof ScalarNode scalar) || Tag.NULL.equals(item.getTag())) {
                throw new YamlProblem(
                        file,
                        line(item),
                        entry,
                        qualified(key),
                        "a list item must be plain text; put an item that contains ': ' in double quotes");
            }
            if (scalar.getValue().isBlank()) {
                throw new YamlProblem(file, line(item), entry, qualified(key), "a list item must not be empty");
            }
            result.add(scalar.getValue().strip());
        }
        return result;
    }

    /** A required nested mapping; its errors name this one's entry and the key path. */
    public YamlMap map(String key) {
        YamlMap map = optionalMap(key);
        if (map == null) {
            throw missing(key);
        }
        return map;
    }

    public @Nullable YamlMap optionalMap(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof MappingNode mapping)) {
            throw error(key, "expected a mapping of keys");
        }
        return new YamlMap(file, entry, qualified(key), mapping);
    }

    /** A required list of mappings, each named {@code key[i]} in errors. */
    public List<YamlMap> maps(String key) {
        Node value = value(key);
        if (value == null) {
            throw missing(key);
        }
        if (!(value instanceof SequenceNode list)) {
            throw error(key, "expected a list of mappings");
        }
        List<YamlMap> result = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String itemPath = qualified(key) + "[" + i + "]";
            if (!(item instanceof MappingNode mapping)) {
                throw new YamlProblem(file, line(item), entry, itemPath, "expected a mapping of keys");
            }
            result.add(new YamlMap(file, entry, itemPath, mapping));
        }
        return result;
    }

    /** A text in all three languages: {@code {fi: ..., sv: ..., en: ...}}, every language required. */
    public LocalizedText text(String key) {
        YamlMap texts = map(key).allowOnly(Set.of("fi", "sv", "en"));
        return new LocalizedText(texts.string("fi"), texts.string("sv"), texts.string("en"));
    }

    public @Nullable LocalizedText optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    /**
     * Every entry as a plain Java value typed as JSON would be (Integer or BigInteger, Double, Boolean, String, null,
     * List, Map; keys in file order), e.g. the raw answers of a rule test case. YAML 1.2: {@code yes}, {@code on} and
     * {@code 1:30} are text; a hexadecimal, octal or infinite number is an error naming its line.
     */
    public Map<String, @Nullable Object> plainValues() {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> values.put(key, plain(key, tuple.getValueNode())));
        return values;
    }

    private @Nullable Object plain(String key, Node value) {
        if (value instanceof SequenceNode list) {
            List<@Nullable Object> items = new ArrayList<>();
            list.getValue().forEach(n -> items.add(plain(key, n)));
            return items;
        }
        if (value instanceof MappingNode mapping) {
            return new YamlMap(file, entry, qualified(key), mapping).plainValues();
        }
        String text = ((ScalarNode) value).getValue();
        Tag tag = value.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        } else if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        } else if (Tag.INT.equals(tag)) {
            if (!DECIMAL.matcher(text).matches()) {
                throw at(value, key, "'" + text + "' is not a whole number written in decimal; quote it if it is text");
            }
            BigInteger number = new BigInteger(text);
            return number.bitLength() < 32 ? (Object) number.intValue() : number;
        } else if (Tag.FLOAT.equals(tag)) {
            try {
                double number = Double.parseDouble(text);
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
            throw at(value, key, "'" + text + "' is not a finite number; quote it if it is text");
        }
        return text;
    }

    /** An error at a key of this mapping (at the mapping when the key is absent). */
    public YamlProblem error(String key, String problem) {
        return new YamlProblem(file, keyLine(key), entry, qualified(key), problem);
    }

    /** An error about this mapping as a whole. */
    public YamlProblem error(String problem) {
        return new YamlProblem(file, line(), entry, path(), problem);
    }

    private YamlProblem at(Node value, String key, String problem) {
        return new YamlProblem(file, line(value), entry, qualified(key), problem);
    }

    private YamlProblem missing(String key) {
        return new YamlProblem(file, line(), entry, qualified(key), "missing key '" + key + "'");
    }

    private @Nullable Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private String scalar(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            throw error(key, "expected a single value");
        }
        return scalar.getValue();
    }

    private @Nullable String path() {
        return path.isEmpty() ? null : path;
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

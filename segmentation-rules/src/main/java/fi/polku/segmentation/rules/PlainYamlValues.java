package fi.polku.segmentation.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A YAML mapping's values as plain Java values typed as JSON would be, e.g. the answers of a rule test case. */
final class PlainYamlValues {

    private PlainYamlValues() {}

    /** Every entry: Integer or BigInteger, Double, Boolean, String, null, List or Map, keys in file order. */
    static Map<String, @Nullable Object> of(YamlMap map) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (String key : map.keys()) {
            values.put(key, plain(map, map.node(key)));
        }
        return values;
    }

    private static @Nullable Object plain(YamlMap owner, Node value) {
        if (value instanceof SequenceNode list) {
            List<@Nullable Object> items = new ArrayList<>();
            list.getValue().forEach(n -> items.add(plain(owner, n)));
            return items;
        }
        if (value instanceof MappingNode) {
            return of(owner.asMap(value));
        }
        String text = ((ScalarNode) value).getValue();
        Tag tag = value.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        } else if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        } else if (Tag.INT.equals(tag)) {
            BigInteger number = new BigInteger(text.replace("_", ""));
            return number.bitLength() < 32 ? (Object) number.intValue() : number;
        } else if (Tag.FLOAT.equals(tag)) {
            return Double.valueOf(text);
        }
        return text;
    }
}

package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.yaml.YamlMap;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Reads a list of enum values (by constant name, e.g. segments, or by id, e.g. support areas), rejecting unknown ones. */
final class EnumSetReader {

    private EnumSetReader() {}

    static <E extends Enum<E>> Set<E> read(YamlMap map, String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : map.nonEmptyStrings(key)) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw map.error(
                        key, "unknown value '" + name + "'; allowed: " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return values;
    }

    /** The values named by their ids (e.g. {@code mental_wellbeing} for {@code SupportArea.MENTAL_WELLBEING}). */
    static <E extends Enum<E>> Set<E> readIds(YamlMap map, String key, Class<E> type, Function<E, String> id) {
        Map<String, E> byId = new TreeMap<>();
        for (E value : type.getEnumConstants()) {
            byId.put(id.apply(value), value);
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String name : map.nonEmptyStrings(key)) {
            E value = byId.get(name);
            if (value == null) {
                throw map.error(key, "unknown id '" + name + "'; allowed: " + byId.keySet());
            }
            values.add(value);
        }
        return values;
    }
}

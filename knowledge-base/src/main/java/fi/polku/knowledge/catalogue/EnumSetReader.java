package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.yaml.YamlMap;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Reads a list of enum constant names (e.g. segments) from a service file, rejecting unknown names. */
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
}

package fi.polku.segmentation.rules;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the test cases of the rule folder. */
final class CaseReader {

    private static final Set<String> CASE_KEYS = Set.of("name", "answers", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("segment", "booking_target", "rule", "facts");

    private CaseReader() {}

    static List<RuleCase> read(YamlMap file) {
        file.allowOnly(Set.of("cases"));
        List<RuleCase> cases = new ArrayList<>();
        for (YamlMap entry : file.maps("cases")) {
            YamlMap testCase = entry.named(entry.string("name")).allowOnly(CASE_KEYS);
            YamlMap expect = testCase.map("expect").allowOnly(EXPECT_KEYS);
            Map<String, Object> answers =
                    testCase.has("answers") ? testCase.map("answers").plainValues() : Map.of();
            String target = expect.optionalString("booking_target");
            boolean targetGiven = expect.has("booking_target");
            Map<String, Object> facts = new LinkedHashMap<>();
            if (expect.has("facts")) {
                expect.map("facts").plainValues().forEach(facts::put);
            }
            cases.add(new RuleCase(
                    testCase.string("name"),
                    file.file(),
                    testCase.line(),
                    answers,
                    enumValue(expect, "segment", Segment.class),
                    targetGiven,
                    target != null ? enumValue(expect, "booking_target", BookingTarget.class) : null,
                    expect.optionalString("rule"),
                    facts));
        }
        return cases;
    }

    private static <E extends Enum<E>> E enumValue(YamlMap map, String key, Class<E> type) {
        String name = map.string(key);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw map.error(key, "unknown " + key + " '" + name + "'");
        }
    }
}

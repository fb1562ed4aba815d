package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.AnswerCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

class PersonaTests {

    private static final Path PERSONAS = Path.of("../../shared/eval/personas-dev.json");
    private static final RuleBook BOOK = RuleBook.loadBundled();

    @TestFactory
    Stream<DynamicTest> givesEveryDevPersonaItsSegmentAndBookingTarget() throws Exception {
        assumeTrue(Files.isReadable(PERSONAS), "shared/eval/personas-dev.json is not next to the repository");
        List<Map<String, Object>> personas = JsonMapper.builder().build().readValue(PERSONAS.toFile(), List.class);
        // 14 on 2026-11-30, among them one persona for each rule change of the amended contract.
        assertThat(personas)
                .hasSizeGreaterThanOrEqualTo(14)
                .extracting(p -> p.get("name"))
                .contains(
                        "near-empty, clear plan, work ability not rated",
                        "pension assessment goal, low motivation for work, team criteria");
        return personas.stream()
                .map(persona -> DynamicTest.dynamicTest(String.valueOf(persona.get("name")), () -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> expect = (Map<String, Object>) persona.get("expect");
                    @SuppressWarnings("unchecked")
                    AnswerCheck check =
                            BOOK.validator().check((Map<String, Object>) persona.get("answers"), Language.FI);

                    assertThat(check.errors()).isEmpty();
                    Decision decision = BOOK.decide(check.answers());
                    assertThat(decision.segment().name()).isEqualTo(expect.get("segment"));
                    assertThat(
                                    decision.bookingTarget() == null
                                            ? null
                                            : decision.bookingTarget().name())
                            .isEqualTo(expect.get("bookingTarget"));
                    assertThat(decision.crisis()).isEqualTo("URGENT_HELP".equals(expect.get("segment")));
                    assertThat(decision.reasons())
                            .isNotEmpty()
                            .allSatisfy(r -> assertThat(r.facts()).isNotEmpty());
                }));
    }
}

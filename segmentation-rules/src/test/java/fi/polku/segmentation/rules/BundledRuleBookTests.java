package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.Answers;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class BundledRuleBookTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();

    @Test
    void loadsWithVersionAndContentHash() {
        assertThat(BOOK.version()).matches("2026\\.1\\+[0-9a-f]{8}");
        assertThat(BOOK.instrument().version()).isEqualTo(BOOK.version());
        assertThat(BOOK.municipalities().isKnown("kemijarvi")).isTrue();
        assertThat(BOOK.crisisContacts().in(Language.SV))
                .extracting(c -> c.number())
                .contains("112", "116 117");
    }

    @TestFactory
    Stream<DynamicTest> passesEveryCaseOfTheRuleFolder() {
        assertThat(BOOK.cases()).hasSizeGreaterThan(30);
        return BOOK.cases().stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.file() + ": " + c.name(),
                        () -> assertThat(new RuleCaseRunner(BOOK).check(c))
                                .as(() -> new RuleCaseRunner(BOOK)
                                        .check(c)
                                        .map(Throwable::getMessage)
                                        .orElse(""))
                                .isEmpty()));
    }

    @Test
    void sendsAnEmptyScreeningToServiceGuidanceWithAnInitialInterview() {
        Decision decision = BOOK.decide(Answers.empty());

        assertThat(decision.segment()).isEqualTo(Segment.SERVICE_GUIDANCE);
        assertThat(decision.bookingTarget()).isEqualTo(BookingTarget.SERVICE_GUIDANCE);
        assertThat(decision.crisis()).isFalse();
        assertThat(decision.rulesVersion()).isEqualTo(BOOK.version());
        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.facts()).containsExactly("few_answers");
            assertThat(reason.text(Language.FI)).contains("alkuhaastattelu");
            assertThat(reason.text(Language.SV)).contains("inledande intervju");
            assertThat(reason.text(Language.EN)).contains("initial interview");
        });
        assertThat(decision.facts()).containsEntry("team_criteria", 0).containsEntry("crisis", false);
    }
}

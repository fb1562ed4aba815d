package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.referral.MeetingOutcome;
import fi.polku.assistant.referral.ReferralStatus;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The figures' texts exist in fi, sv and en, including every label the partner page builds from a constant. */
class FigureBundlesTests {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FigureBundlesTests.class.getResourceAsStream("/figures/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_sv.properties", "messages_en.properties"})
    void holdsEveryKeyOfTheFinnishBundle(String bundle) throws IOException {
        Properties finnish = load("messages.properties");
        Properties other = load(bundle);

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());
        other.stringPropertyNames()
                .forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
        assertThat(finnish.stringPropertyNames())
                .allMatch(key -> key.matches("figures\\.[a-z0-9-]+\\.[a-z0-9-]+"), "figures.<id>.<part>");
    }

    @Test
    void labelsEveryCellThePartnerPageShows() throws IOException {
        List<String> keys = new ArrayList<>(List.of(
                "figures.age.under-30", "figures.age.from-30-to-49", "figures.age.from-50", "figures.age.unknown"));
        for (Segment segment : Segment.values()) {
            keys.add("figures.segment." + PartnerPageController.slug(segment.name()));
        }
        for (BookingTarget target : BookingTarget.values()) {
            keys.add("figures.target." + PartnerPageController.slug(target.name()));
            keys.add("figures.booking." + PartnerPageController.slug(target.name()));
        }
        keys.add("figures.target.none");
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status != ReferralStatus.NEW) {
                keys.add("figures.outcome." + PartnerPageController.slug(status.name()));
            }
        }
        keys.add("figures.outcome.attended");
        keys.add("figures.outcome.no-show");
        for (MeetingOutcome.SegmentFit fit : MeetingOutcome.SegmentFit.values()) {
            keys.add("figures.outcome.segment-fit-" + PartnerPageController.slug(fit.name()));
        }

        assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(AgeGroup.values()).hasSize(4);
    }
}

package fi.polku.assistant.screening;

import fi.polku.knowledge.recommendation.Recommendation;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.rules.Decision;
import fi.polku.segmentation.rules.Reason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON of a screening result; {@code bookingTarget} is always present, null when no booking is forced. */
record ScreeningResponse(
        String id,
        Segment segment,
        @Nullable BookingTarget bookingTarget,
        List<ReasonView> reasons,
        FunctioningProfile profile,
        List<ServiceView> services,
        boolean crisis,
        String rulesVersion) {

    /** The stored outcome as decided then, with its texts in the language. */
    static ScreeningResponse of(Screening screening, Language language) {
        Decision decision = screening.decision();
        return new ScreeningResponse(
                screening.id(),
                decision.segment(),
                decision.bookingTarget(),
                decision.reasons().stream()
                        .map(reason -> ReasonView.of(reason, language))
                        .toList(),
                screening.profile(),
                screening.services(language).stream().map(ServiceView::of).toList(),
                decision.crisis(),
                decision.rulesVersion());
    }

    /** Why, in plain language, with the facts it rests on. */
    record ReasonView(String rule, String text, List<String> facts) {

        static ReasonView of(Reason reason, Language language) {
            return new ReasonView(reason.rule(), reason.text(language), reason.facts());
        }
    }

    /** A suggested service and why it fits. */
    record ServiceView(String id, String title, String why) {

        static ServiceView of(Recommendation recommendation) {
            return new ServiceView(recommendation.id(), recommendation.title(), recommendation.why());
        }
    }
}

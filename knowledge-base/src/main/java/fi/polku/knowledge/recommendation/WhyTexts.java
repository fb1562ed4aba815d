package fi.polku.knowledge.recommendation;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes the plain-language reason of a recommendation from the message bundle {@code recommendations_*.properties}. */
final class WhyTexts {

    private static final String BUNDLE = "fi.polku.knowledge.recommendation.recommendations";

    /** What matched between a service and a profile. */
    record Reasons(
            Set<SupportArea> support,
            Set<ProfileArea> clearNeed,
            Set<ProfileArea> someNeed,
            @Nullable Segment segment,
            boolean local,
            BackgroundFit background) {}

    String crisis(Language lang) {
        return bundle(lang).getString("why.crisis");
    }

    String why(Language lang, Reasons reasons) {
        ResourceBundle bundle = bundle(lang);
        List<String> parts = new ArrayList<>();
        // the background reason that put a service first leads, since it is why the service is at the top
        BackgroundFit background = reasons.background();
        if (background.firstForStatus() != null) {
            parts.add(format(
                    bundle, "why.first_status", bundle.getString("employment_status." + background.firstForStatus())));
        } else if (background.firstForAge()) {
            parts.add(bundle.getString("why.first_age"));
        }
        if (!reasons.support().isEmpty()) {
            parts.add(
                    format(bundle, "why.support", names(bundle, "support_area.", reasons.support(), SupportArea::id)));
        }
        if (!reasons.clearNeed().isEmpty()) {
            parts.add(format(
                    bundle, "why.clear_need", names(bundle, "profile_area.", reasons.clearNeed(), ProfileArea::id)));
        }
        if (!reasons.someNeed().isEmpty()) {
            parts.add(format(
                    bundle, "why.some_need", names(bundle, "profile_area.", reasons.someNeed(), ProfileArea::id)));
        }
        if (reasons.segment() != null) {
            parts.add(format(
                    bundle,
                    "why.segment",
                    bundle.getString("segment." + reasons.segment().name())));
        }
        if (background.goal() != null) {
            parts.add(format(bundle, "why.goal", bundle.getString("goal." + background.goal())));
        }
        if (background.register()) {
            parts.add(bundle.getString("why.register"));
        }
        if (background.jobseeker()) {
            parts.add(bundle.getString("why.jobseeker"));
        }
        if (reasons.local()) {
            parts.add(bundle.getString("why.local"));
        }
        return String.join(" ", parts);
    }

    private static <E> String names(ResourceBundle bundle, String prefix, Set<E> values, Function<E, String> id) {
        return values.stream().map(v -> bundle.getString(prefix + id.apply(v))).collect(Collectors.joining(", "));
    }

    private static String format(ResourceBundle bundle, String key, String argument) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[] {argument});
    }

    private static ResourceBundle bundle(Language lang) {
        return ResourceBundle.getBundle(
                BUNDLE,
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

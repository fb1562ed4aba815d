package fi.polku.knowledge.recommendation;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.SupportArea;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Writes the plain-language reason of a recommendation from the message bundle {@code recommendations*.properties}. */
final class WhyTexts {

    private static final String BUNDLE = "fi.polku.knowledge.recommendation.recommendations";

    /** What matched between a service and a profile, and how the background answers met its eligibility. */
    record Reasons(
            Set<SupportArea> support,
            Set<ProfileArea> clearNeed,
            Set<ProfileArea> someNeed,
            @Nullable Segment segment,
            boolean local,
            BackgroundFit background) {}

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    // Each pattern is formatted once with a placeholder, so a request only replaces it: no MessageFormat per call
    // and no lock (a MessageFormat is not thread-safe).
    private static final String PLACEHOLDER = "\u0000";
    private final Map<Language, Map<String, String>> templates = new EnumMap<>(Language.class);

    WhyTexts() {
        for (Language lang : Language.values()) {
            bundles.put(
                    lang,
                    ResourceBundle.getBundle(
                            BUNDLE,
                            lang.locale(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            templates.put(lang, new ConcurrentHashMap<>());
        }
    }

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
                    lang, "why.first_status", bundle.getString("employment_status." + background.firstForStatus())));
        } else if (background.firstForAge()) {
            parts.add(bundle.getString("why.first_age"));
        }
        if (!reasons.support().isEmpty()) {
            parts.add(format(lang, "why.support", names(bundle, "support_area.", reasons.support(), SupportArea::id)));
        }
        if (!reasons.clearNeed().isEmpty()) {
            parts.add(format(
                    lang, "why.clear_need", names(bundle, "profile_area.", reasons.clearNeed(), ProfileArea::id)));
        }
        if (!reasons.someNeed().isEmpty()) {
            parts.add(
                    format(lang, "why.some_need", names(bundle, "profile_area.", reasons.someNeed(), ProfileArea::id)));
        }
        if (reasons.segment() != null) {
            parts.add(format(
                    lang,
                    "why.segment",
                    bundle.getString("segment." + reasons.segment().name())));
        }
        if (background.goal() != null) {
            parts.add(format(lang, "why.goal", bundle.getString("goal." + background.goal())));
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
        StringBuilder names = new StringBuilder();
        for (E value : values) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(bundle.getString(prefix + id.apply(value)));
        }
        return names.toString();
    }

    private String format(Language lang, String key, String argument) {
        String template = templates
                .get(lang)
                .computeIfAbsent(
                        key,
                        k -> new MessageFormat(
                                        bundle(lang).getString(k), bundle(lang).getLocale())
                                .format(new Object[] {PLACEHOLDER}));
        return template.replace(PLACEHOLDER, argument);
    }

    private ResourceBundle bundle(Language lang) {
        return bundles.get(lang);
    }
}

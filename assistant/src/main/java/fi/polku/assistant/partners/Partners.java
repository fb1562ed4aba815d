package fi.polku.assistant.partners;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The partner codes Polku knows, and the source a visit is recorded with. */
@Component
@EnableConfigurationProperties(PartnerSettings.class)
public final class Partners {

    /** The source recorded for a partner code that is not known: never an error. */
    public static final String OTHER = "other";

    private final PartnerSettings settings;

    Partners(PartnerSettings settings) {
        this.settings = settings;
    }

    /** The source to record: null when none was given, the code when it is known, else {@value #OTHER}. */
    public @Nullable String sourceOf(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        return settings.partners().containsKey(normalised) ? normalised : OTHER;
    }
}

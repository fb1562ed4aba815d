package fi.polku.assistant.partners;

import fi.polku.segmentation.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** The partner codes known at start, in alphabetical order. */
    public List<String> codes() {
        return settings.partners().keySet().stream()
                .map(code -> code.strip().toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
    }

    /** Whether the code is a partner known at start (case and spaces aside). */
    public boolean known(@Nullable String code) {
        return code != null && settings.partners().containsKey(code.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A partner's name as staff read it: in the language asked for ({@code .name-sv}, {@code .name-en}), else the
     * Finnish {@code .name} (marked as Finnish); empty when the code is not configured (now), e.g. {@value #OTHER}.
     */
    public Optional<PartnerName> name(@Nullable String code, Language language) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(settings.partners().get(code.strip().toLowerCase(Locale.ROOT)))
                .map(partner -> {
                    String translated = switch (language) {
                        case FI -> partner.name();
                        case SV -> partner.nameSv();
                        case EN -> partner.nameEn();
                    };
                    return translated == null || translated.isBlank()
                            ? new PartnerName(partner.name(), Language.FI.tag())
                            : new PartnerName(translated, language.tag());
                });
    }

    /**
     * A partner's name and the language it is written in.
     *
     * @param lang the language tag of {@code name}, for the page's {@code lang} attribute when it differs
     */
    public record PartnerName(String name, String lang) {}
}

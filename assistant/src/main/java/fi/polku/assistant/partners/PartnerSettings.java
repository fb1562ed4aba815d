package fi.polku.assistant.partners;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Partners known at start: {@code polku.partners.<code>.name}, {@code .name-sv}, {@code .name-en}. */
@ConfigurationProperties("polku")
record PartnerSettings(@DefaultValue Map<String, Partner> partners) {

    /** A partner organisation's name in Finnish and, optionally, Swedish and English. */
    record Partner(
            String name, @Nullable String nameSv, @Nullable String nameEn) {}
}

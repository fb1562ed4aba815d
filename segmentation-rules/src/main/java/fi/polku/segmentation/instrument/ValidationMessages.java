package fi.polku.segmentation.instrument;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The validation messages of each language, read once from the bundled {@code validation.properties} (Finnish, the
 * default language) and {@code validation_sv.properties}, {@code validation_en.properties}.
 */
final class ValidationMessages {

    private static final class Holder {
        static final Map<Language, Properties> BUNDLES = load();
    }

    private ValidationMessages() {}

    static String format(Language lang, String key, Object... arguments) {
        String pattern = Holder.BUNDLES.get(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("missing validation message " + key + " for " + lang.tag());
        }
        return new MessageFormat(pattern, lang.locale()).format(arguments);
    }

    /** The bundle convention of every module: the base file is Finnish, the default language. */
    static String bundleFile(Language lang) {
        return lang == Language.FI ? "validation.properties" : "validation_" + lang.tag() + ".properties";
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> bundles = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            String name = bundleFile(lang);
            try (InputStream in = ValidationMessages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource missing: " + name);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundles.put(lang, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundles;
    }
}

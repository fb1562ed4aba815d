package fi.polku.assistant.chat;

import fi.polku.segmentation.Language;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** The dialogue's own texts from the {@code chat/messages} bundle (fi default, sv, en). */
@Component
final class ChatTexts {

    static final String BASENAME = "chat/messages";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ChatTexts() {
        messages.setBasename(BASENAME);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        // texts with quotes but no arguments are read as they are
        messages.setAlwaysUseMessageFormat(false);
    }

    String text(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /** The short name of an item for summaries, e.g. "Ikä" for {@code age}. */
    String itemName(String item, Language language) {
        return text("chat." + item.replace('_', '-') + ".name", language);
    }

    static Locale locale(Language language) {
        return language.locale();
    }
}

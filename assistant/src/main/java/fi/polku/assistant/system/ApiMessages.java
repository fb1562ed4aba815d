package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Texts of the API (errors and labels) from the message bundles, in a resident's language. */
@Component
public final class ApiMessages {

    private final MessageSource messages;

    public ApiMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of a {@code <feature>.<id>.<part>} key in the language. */
    public String text(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /** The text of a key, or the default when the bundles lack it. */
    public String textOrDefault(String key, Language language, String defaultText) {
        String text = messages.getMessage(key, null, defaultText, language.locale());
        return text != null ? text : defaultText;
    }

    /** A bad field with its message from the bundle. */
    public FieldProblem problem(String field, String key, Language language, Object... args) {
        return new FieldProblem(field, text(key, language, args));
    }

    /**
     * The language of a request: a body's {@code lang} wins over the {@code ?lang=} parameter, and anything
     * unsupported falls back to Finnish.
     */
    public static Language language(@Nullable String bodyLang, @Nullable String queryLang) {
        if (bodyLang != null && !bodyLang.isBlank()) {
            return Language.fromTag(bodyLang);
        }
        return queryLang != null ? Language.fromTag(queryLang) : Language.FI;
    }
}

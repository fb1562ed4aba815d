package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language of a page: {@code ?lang=} first (and remembered in a cookie by {@link LanguageCookieFilter}), then
 * the remembered choice, then the first of fi, sv, en in {@code Accept-Language}, else Finnish.
 */
public final class PageLanguages implements LocaleContextResolver {

    /** The query parameter that switches the language. */
    public static final String PARAMETER = "lang";

    static final String COOKIE = "polku_lang";
    static final Duration REMEMBERED = Duration.ofDays(365);

    /** The page language of a request. */
    public static Language of(ServerWebExchange exchange) {
        return Language.fromTag(
                exchange.getLocaleContext().getLocale() instanceof Locale locale ? locale.getLanguage() : "fi");
    }

    /** An ISO date as the language writes it (22.11.2026 is "22. marraskuuta 2026"); anything else as it is. */
    public static String date(String isoDate, Language language) {
        try {
            return LocalDate.parse(isoDate)
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        Language language = asked(request).or(() -> remembered(request)).orElseGet(() -> accepted(request));
        return new SimpleLocaleContext(language.locale());
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, @Nullable LocaleContext localeContext) {
        throw new UnsupportedOperationException("The language changes with ?lang=");
    }

    static Optional<Language> asked(ServerHttpRequest request) {
        return supported(request.getQueryParams().getFirst(PARAMETER));
    }

    static ResponseCookie remember(Language language, boolean secure) {
        return ResponseCookie.from(COOKIE, language.tag())
                .path("/")
                .maxAge(REMEMBERED)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .build();
    }

    private static Optional<Language> remembered(ServerHttpRequest request) {
        HttpCookie cookie = request.getCookies().getFirst(COOKIE);
        return cookie != null ? supported(cookie.getValue()) : Optional.empty();
    }

    private static Language accepted(ServerHttpRequest request) {
        try {
            for (Locale locale : request.getHeaders().getAcceptLanguageAsLocales()) {
                Optional<Language> language = supported(locale.getLanguage());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed Accept-Language header is no reason to fail a page
        }
        return Language.FI;
    }

    /** Only the exact tags fi, sv and en count: anything else is not a choice. */
    private static Optional<Language> supported(@Nullable String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "fi" -> Optional.of(Language.FI);
            case "sv" -> Optional.of(Language.SV);
            case "en" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }
}

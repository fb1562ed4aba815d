package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** The model every page's layout needs: language, links to this place in the other languages, crisis contacts. */
@ControllerAdvice(annotations = PageController.class)
class PageModelAdvice {

    private final CurrentRules rules;

    PageModelAdvice(CurrentRules rules) {
        this.rules = rules;
    }

    /** A link to the same page in one language; {@code current} marks the page's own language. */
    record LanguageLink(String tag, String name, String href, boolean current) {}

    @ModelAttribute("lang")
    Language language(ServerWebExchange exchange) {
        return PageLanguages.of(exchange);
    }

    /**
     * Every language's link keeps the path and query (a search stays a search), only {@code lang} changes. A page
     * rendered for a POST has no address to return to, so its links lead to the front page.
     */
    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(ServerWebExchange exchange) {
        Language current = PageLanguages.of(exchange);
        boolean revisitable = HttpMethod.GET.equals(exchange.getRequest().getMethod());
        return Arrays.stream(Language.values())
                .map(language -> new LanguageLink(
                        language.tag(),
                        language.locale().getDisplayLanguage(language.locale()),
                        (revisitable
                                        ? UriComponentsBuilder.fromUri(
                                                exchange.getRequest().getURI())
                                        : UriComponentsBuilder.fromPath("/"))
                                .scheme(null)
                                .host(null)
                                .port(null)
                                .replaceQueryParam(PageLanguages.PARAMETER, language.tag())
                                .build()
                                .toUriString(),
                        language == current))
                .toList();
    }

    @ModelAttribute("crisisContacts")
    List<CrisisContactLink> crisisContacts(ServerWebExchange exchange) {
        return rules.get().crisisContacts().in(PageLanguages.of(exchange)).stream()
                .map(CrisisContactLink::of)
                .toList();
    }

    @ModelAttribute("crisisContactsChecked")
    String crisisContactsChecked(ServerWebExchange exchange) {
        return PageLanguages.date(rules.get().crisisContacts().checked(), PageLanguages.of(exchange));
    }

    /**
     * The calm error page ({@code system/error}) with the layout's model set here: an exception handler's view does
     * not get the {@code @ModelAttribute} methods above. Its words and status follow {@link ErrorPageKind}.
     */
    Rendering errorPage(HttpStatus status, ServerWebExchange exchange) {
        ErrorPageKind kind =
                ErrorPageKind.of(status, exchange.getRequest().getPath().value());
        return Rendering.view("system/error")
                .status(kind.status(status))
                .modelAttribute("notFound", kind == ErrorPageKind.NOT_FOUND)
                .modelAttribute("errorKind", kind.name())
                .modelAttribute("errorKeys", kind.keys())
                .modelAttribute("lang", language(exchange))
                .modelAttribute("languageLinks", languageLinks(exchange))
                .modelAttribute("crisisContacts", crisisContacts(exchange))
                .modelAttribute("crisisContactsChecked", crisisContactsChecked(exchange))
                .modelAttribute("csrf", csrfToken(exchange))
                .build();
    }

    /** Makes the CSRF token available to forms ({@code _csrf}); the token lives in a cookie, not a session. */
    @ModelAttribute("csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null
                ? Mono.empty()
                : token.doOnNext(value ->
                        exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, value));
    }
}

package fi.polku.assistant.services;

import fi.polku.assistant.system.CurrentKnowledgeBase;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.knowledge.search.SearchHit;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Municipalities;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The service pages: {@code /services} (search with snippets and a municipality filter, or browsing by life
 * situation) and {@code /services/{id}} (one service with its channels), on the same search as the API.
 */
@PageController
class ServicePagesController {

    static final int RESULTS = 20;

    private final CurrentKnowledgeBase knowledgeBase;
    private final CurrentRules rules;
    private final Situations situations;

    ServicePagesController(CurrentKnowledgeBase knowledgeBase, CurrentRules rules, Situations situations) {
        this.knowledgeBase = knowledgeBase;
        this.rules = rules;
        this.situations = situations;
    }

    /** A found service; {@code lang} is the language its texts are in (Finnish when a translation is missing). */
    record Hit(String id, String title, String snippet, String lang) {}

    /** A situation as a link: its title and text in the page language. */
    record SituationLink(String id, String title, String text) {}

    /** A municipality of the filter. */
    record Place(String slug, String name) {}

    @GetMapping("/services")
    Mono<Rendering> search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String situation,
            ServerWebExchange exchange) {
        Language lang = PageLanguages.of(exchange);
        Situation chosen = situation == null ? null : situations.find(situation).orElse(null);
        String query = q != null && !q.isBlank()
                ? q.strip()
                : chosen != null ? chosen.query().in(lang) : null;
        String place = known(municipality);
        Rendering.Builder<?> view = Rendering.view("services/search")
                .modelAttribute("q", q == null ? "" : q)
                .modelAttribute("municipality", place == null ? "" : place)
                .modelAttribute("places", places(lang))
                .modelAttribute("situations", situationLinks(lang))
                .modelAttribute("situation", chosen == null ? null : link(chosen, lang))
                .modelAttribute("situationSection", chosen == null ? 0 : sectionNumber(chosen.section()))
                .modelAttribute("searched", query != null);
        if (query == null) {
            return Mono.just(view.modelAttribute("hits", List.of()).build());
        }
        return Mono.fromCallable(() -> hits(query, lang, place))
                // Lucene searches are CPU work: keep them off the event loop
                .subscribeOn(Schedulers.boundedElastic())
                .map(hits -> view.modelAttribute("hits", hits).build());
    }

    @GetMapping("/services/{id}")
    Mono<Rendering> service(@PathVariable String id, ServerWebExchange exchange) {
        Language lang = PageLanguages.of(exchange);
        return Mono.justOrEmpty(knowledgeBase.get().catalogue().find(id))
                .map(service -> Rendering.view("services/service")
                        .modelAttribute("service", ServiceView.of(service, lang))
                        .modelAttribute("availableIn", availableIn(service, lang))
                        .modelAttribute(
                                "checkedOn",
                                service.checked().matches("\\d{4}-\\d{2}-\\d{2}")
                                        ? PageLanguages.date(service.checked(), lang)
                                        : "")
                        .build())
                .defaultIfEmpty(Rendering.view("services/not-found")
                        .status(HttpStatus.NOT_FOUND)
                        .build());
    }

    private List<Hit> hits(String query, Language lang, @Nullable String municipality) {
        var kb = knowledgeBase.get();
        return kb.search(new SearchRequest(query, lang, RESULTS, municipality, null)).hits().stream()
                .map(hit -> hit(hit, kb.catalogue().find(hit.id()).map(s -> s.text(lang)), lang))
                .toList();
    }

    private static Hit hit(SearchHit hit, java.util.Optional<ServiceText> text, Language lang) {
        return new Hit(
                hit.id(),
                hit.title(),
                hit.snippet(),
                text.map(t -> t.language().tag()).orElse(lang.tag()));
    }

    private @Nullable String known(@Nullable String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return null;
        }
        String slug = municipality.strip().toLowerCase(Locale.ROOT);
        return rules.get().municipalities().isKnown(slug) && !slug.equals(Municipalities.OTHER) ? slug : null;
    }

    private List<Place> places(Language lang) {
        Collator collator = Collator.getInstance(lang.locale());
        return rules.get().municipalities().all().stream()
                .filter(m -> !m.slug().equals(Municipalities.OTHER))
                .map(m -> new Place(m.slug(), lang == Language.SV ? m.nameSv() : m.nameFi()))
                .sorted(Comparator.comparing(Place::name, collator))
                .toList();
    }

    private List<SituationLink> situationLinks(Language lang) {
        return situations.all().stream().map(s -> link(s, lang)).toList();
    }

    private static SituationLink link(Situation situation, Language lang) {
        return new SituationLink(
                situation.id(), situation.title().in(lang), situation.text().in(lang));
    }

    private int sectionNumber(String section) {
        var sections = rules.get().instrument().sections();
        return IntStream.range(0, sections.size())
                        .filter(i -> sections.get(i).id().equals(section))
                        .findFirst()
                        .orElse(0)
                + 1;
    }

    private String availableIn(ServiceDescription service, Language lang) {
        if (service.nationwide()) {
            return "";
        }
        var municipalities = rules.get().municipalities();
        return String.join(
                ", ",
                service.municipalities().stream()
                        .map(slug -> municipalities
                                .find(slug)
                                .map(m -> lang == Language.SV ? m.nameSv() : m.nameFi())
                                .orElse(slug))
                        .toList());
    }
}

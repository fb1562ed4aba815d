package fi.polku.assistant.services;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentKnowledgeBase;
import fi.polku.segmentation.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code GET /api/services/search} and {@code GET /api/services/{id}}. */
@RestController
@RequestMapping("/api/services")
class ServiceController {

    private final CurrentKnowledgeBase knowledgeBase;
    private final SearchParameters parameters;
    private final ApiMessages messages;

    ServiceController(CurrentKnowledgeBase knowledgeBase, SearchParameters parameters, ApiMessages messages) {
        this.knowledgeBase = knowledgeBase;
        this.parameters = parameters;
        this.messages = messages;
    }

    @GetMapping("/search")
    Mono<SearchResponse> search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable String age) {
        Language language = ApiMessages.language(null, lang);
        return Mono.fromCallable(() -> parameters.request(q, language, limit, municipality, segment, age))
                // Lucene searches are CPU work: keep them off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(request -> SearchResponse.of(knowledgeBase.get().search(request)));
    }

    @GetMapping("/{id}")
    Mono<ServiceView> service(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String municipality) {
        Language language = ApiMessages.language(null, lang);
        // an unknown or malformed municipality has no local channels, so it simply shows the general ones
        return Mono.justOrEmpty(knowledgeBase.get().catalogue().find(id))
                .map(service -> ServiceView.of(service, language, municipality))
                .switchIfEmpty(Mono.error(() ->
                        ApiProblem.notFound(messages.problem("id", "services.id.not-found", language), language)));
    }
}

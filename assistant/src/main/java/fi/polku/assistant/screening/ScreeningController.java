package fi.polku.assistant.screening;

import fi.polku.assistant.partners.Partners;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.segmentation.Language;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/screenings}, {@code GET} and {@code DELETE /api/screenings/{id}}. Deleting is idempotent: 204
 * whether or not the screening still existed, so a repeated delete and an expired screening look alike.
 */
@RestController
@RequestMapping("/api/screenings")
class ScreeningController {

    private final Screenings screenings;
    private final Partners partners;
    private final ApiMessages messages;

    ScreeningController(Screenings screenings, Partners partners, ApiMessages messages) {
        this.screenings = screenings;
        this.partners = partners;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ScreeningResponse> screen(
            @RequestBody ScreeningRequest request, @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(request.lang(), lang);
        if (!(request.answers() instanceof Map<?, ?> answers)) {
            String key = request.answers() == null ? "screening.answers.missing" : "screening.answers.not-object";
            return Mono.error(ApiProblem.badRequest(List.of(messages.problem("answers", key, language)), language));
        }
        @SuppressWarnings("unchecked") // JSON object keys are always strings
        Map<String, ?> raw = (Map<String, ?>) answers;
        return screenings
                .screen(raw, language, partners.sourceOf(request.source()))
                .map(screening -> ScreeningResponse.of(screening, language));
    }

    @GetMapping("/{id}")
    Mono<ScreeningResponse> find(@PathVariable String id, @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        return screenings
                .find(id)
                .map(screening -> ScreeningResponse.of(screening, language))
                .switchIfEmpty(Mono.error(() ->
                        ApiProblem.notFound(messages.problem("id", "screening.id.not-found", language), language)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable String id) {
        return screenings.delete(id).then();
    }
}

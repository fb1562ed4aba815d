package fi.polku.assistant.screening;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.CurrentKnowledgeBase;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.knowledge.search.Recommendation;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.rules.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The result page ({@code /result/{id}}): crisis help first when needed, the next step and why, the functioning
 * profile, the services that fit, booking, printing and deleting. An expired or unknown id gets a friendly page
 * that offers a new start.
 */
@PageController
class ResultPageController {

    static final String EXPIRED_VIEW = "screening/expired";

    private final Screenings screenings;
    private final CurrentKnowledgeBase knowledgeBase;
    private final ApiMessages messages;

    ResultPageController(Screenings screenings, CurrentKnowledgeBase knowledgeBase, ApiMessages messages) {
        this.screenings = screenings;
        this.knowledgeBase = knowledgeBase;
        this.messages = messages;
    }

    /** A suggested service with why, and the language its title is in (Finnish when a translation is missing). */
    record ServiceLink(String id, String title, String why, String lang) {}

    @GetMapping("/result/{id}")
    Mono<Rendering> showResult(@PathVariable String id, ServerWebExchange exchange) {
        Language lang = PageLanguages.of(exchange);
        return screenings
                .find(id)
                .map(screening -> {
                    Decision decision = screening.decision();
                    BookingTarget target = decision.bookingTarget() != null
                            ? decision.bookingTarget()
                            : BookingTarget.SERVICE_GUIDANCE;
                    return Rendering.view("screening/result")
                            .modelAttribute("id", screening.id())
                            .modelAttribute("crisis", decision.crisis())
                            .modelAttribute(
                                    "gentleNotice", !decision.crisis() && needsGentleNotice(screening.answers()))
                            .modelAttribute(
                                    "segment",
                                    decision.segment()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-'))
                            .modelAttribute(
                                    "reasons",
                                    decision.reasons().stream()
                                            .map(reason -> reason.text(lang))
                                            .toList())
                            .modelAttribute("chart", ProfileChart.of(screening.profile(), lang, messages))
                            .modelAttribute("services", services(screening.services(lang), lang))
                            .modelAttribute(
                                    "bookingTarget",
                                    target.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .build();
                })
                .defaultIfEmpty(expired());
    }

    @PostMapping("/result/{id}/delete")
    Mono<String> delete(@PathVariable String id) {
        return screenings.delete(id).thenReturn("redirect:/deleted");
    }

    /** After deleting: says it is done (the page holds no id, so it can be revisited in any language). */
    @GetMapping("/deleted")
    String showDeleted() {
        return "screening/deleted";
    }

    static Rendering expired() {
        return Rendering.view(EXPIRED_VIEW).status(HttpStatus.NOT_FOUND).build();
    }

    /** Mood or energy rated 0-2, or the urgent question left unanswered: the contacts, gently, at the top. */
    static boolean needsGentleNotice(Map<String, Object> answers) {
        return low(answers.get("mood"))
                || low(answers.get("energy_sleep"))
                || !answers.containsKey(QuestionnaireForm.URGENT_CONCERN);
    }

    private static boolean low(Object score) {
        return score instanceof Number number && number.intValue() <= 2;
    }

    private List<ServiceLink> services(List<Recommendation> recommendations, Language lang) {
        return recommendations.stream()
                .map(service -> new ServiceLink(
                        service.id(),
                        service.title(),
                        service.why(),
                        knowledgeBase
                                .get()
                                .catalogue()
                                .find(service.id())
                                .map(description ->
                                        description.text(lang).language().tag())
                                .orElse(lang.tag())))
                .toList();
    }
}

package fi.polku.assistant.screening;

import fi.polku.assistant.partners.VisitSource;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The questionnaire as pages ({@code /screening}): one section per page, answers kept server-side in the draft on
 * every move (forward, back, reload), the summary with an edit link per section, and the confirmation that creates
 * the screening through the same service as the API. Every POST redirects (post/redirect/get), so a reload never
 * resends a form and answers never appear in a URL.
 */
@PageController
class QuestionnairePageController {

    private static final String SECTION_VIEW = "screening/section";

    private final CurrentRules rules;
    private final Drafts drafts;
    private final QuestionnaireForm form;
    private final AnswerSummary summary;
    private final Screenings screenings;
    private final VisitSource source;

    QuestionnairePageController(
            CurrentRules rules,
            Drafts drafts,
            QuestionnaireForm form,
            AnswerSummary summary,
            Screenings screenings,
            VisitSource source) {
        this.rules = rules;
        this.drafts = drafts;
        this.form = form;
        this.summary = summary;
        this.screenings = screenings;
        this.source = source;
    }

    @GetMapping("/screening")
    Mono<Rendering> showStart(ServerWebExchange exchange) {
        RuleBook book = rules.get();
        return drafts.load(exchange)
                .map(draft -> Rendering.view("screening/start")
                        .modelAttribute(
                                "sectionCount", book.instrument().sections().size())
                        .modelAttribute("inProgress", !draft.isEmpty())
                        .modelAttribute("crisis", draft.crisis())
                        .build());
    }

    @PostMapping("/screening/restart")
    Mono<String> restart(ServerWebExchange exchange) {
        return drafts.clear(exchange).thenReturn("redirect:/screening/1");
    }

    @GetMapping("/screening/{number:\\d{1,3}}")
    Mono<Rendering> showSection(
            @PathVariable int number, @RequestParam(required = false) String edit, ServerWebExchange exchange) {
        RuleBook book = rules.get();
        if (number < 1 || number > book.instrument().sections().size()) {
            return Mono.just(Rendering.redirectTo("/screening").build());
        }
        Language lang = PageLanguages.of(exchange);
        return drafts.load(exchange)
                .map(draft -> Rendering.view(SECTION_VIEW)
                        .modelAttribute("page", form.page(book, number, draft, lang, edit != null))
                        .build());
    }

    /** Saves the section whatever the move; going forward (or back to the summary) waits until it is valid. */
    @PostMapping("/screening/{number:\\d{1,3}}")
    Mono<String> saveSection(@PathVariable int number, ServerWebExchange exchange) {
        RuleBook book = rules.get();
        if (number < 1 || number > book.instrument().sections().size()) {
            return Mono.just("redirect:/screening");
        }
        Section section = book.instrument().sections().get(number - 1);
        Language lang = PageLanguages.of(exchange);
        return Mono.zip(exchange.getFormData(), drafts.load(exchange)).flatMap(posted -> {
            MultiValueMap<String, String> data = posted.getT1();
            Draft draft = posted.getT2();
            Map<String, Object> answers = new LinkedHashMap<>(draft.answers());
            section.items().forEach(item -> answers.remove(item.id()));
            Map<String, Object> sectionAnswers = form.read(section, data);
            answers.putAll(sectionAnswers);
            Draft saved = new Draft(answers, draft.crisis() || QuestionnaireForm.crisis(book, sectionAnswers));
            boolean editing = data.containsKey("edit");
            String move = data.getFirst("move");
            boolean valid = form.errors(book, section, answers, lang).isEmpty();
            String target;
            if ("back".equals(move)) {
                target = number > 1 ? "/screening/" + (number - 1) : "/screening";
            } else if (!valid) {
                target = "/screening/" + number + (editing ? "?edit" : "") + "#errors";
            } else if (editing || number == book.instrument().sections().size()) {
                target = "/screening/summary";
            } else {
                target = "/screening/" + (number + 1);
            }
            return drafts.save(exchange, saved).thenReturn("redirect:" + target);
        });
    }

    @GetMapping("/screening/summary")
    Mono<Rendering> showSummary(ServerWebExchange exchange) {
        RuleBook book = rules.get();
        Language lang = PageLanguages.of(exchange);
        return drafts.load(exchange)
                .map(draft -> Rendering.view("screening/summary")
                        .modelAttribute("sections", summary.of(book, draft.answers(), lang))
                        .modelAttribute("crisis", draft.crisis())
                        .build());
    }

    /** Creates the screening from the draft; an answer the rules refuse sends the resident back to its section. */
    @PostMapping("/screening/confirm")
    Mono<String> confirm(ServerWebExchange exchange) {
        RuleBook book = rules.get();
        Language lang = PageLanguages.of(exchange);
        return drafts.load(exchange)
                .flatMap(draft -> screenings
                        .screen(
                                QuestionnaireForm.shownAnswers(book.instrument(), draft.answers()),
                                lang,
                                source.of(exchange))
                        .flatMap(screening -> drafts.clear(exchange).thenReturn("redirect:/result/" + screening.id()))
                        .onErrorResume(
                                ApiProblem.class,
                                problem -> Mono.just("redirect:/screening/"
                                        + QuestionnaireForm.sectionOf(
                                                book.instrument(),
                                                problem.errors().getFirst().field())
                                        + "#errors")));
    }
}

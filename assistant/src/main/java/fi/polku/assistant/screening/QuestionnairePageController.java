package fi.polku.assistant.screening;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.ResumeCodes;
import fi.polku.assistant.drafts.TooManyAttempts;
import fi.polku.assistant.partners.VisitSource;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The questionnaire as pages ({@code /screening}): one section per page, the answers saved in the resident's draft
 * (shared with the chat) on every move, forward, back or reload, the summary with an edit link per section, resuming
 * with a code, and the confirmation that creates the screening through the same service as the API. Every POST
 * redirects (post/redirect/get), so a reload never resends a form and answers never appear in a URL.
 */
@PageController
class QuestionnairePageController {

    private static final String START_VIEW = "screening/start";
    private static final String SUMMARY = "summary";

    private final CurrentRules rules;
    private final DraftSessions drafts;
    private final QuestionnaireForm form;
    private final AnswerSummary summary;
    private final Screenings screenings;
    private final VisitSource source;

    QuestionnairePageController(
            CurrentRules rules,
            DraftSessions drafts,
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

    /** The start page; {@code ?resume=not-found|too-many} tells why a typed code did not resume anything. */
    @GetMapping("/screening")
    Mono<Rendering> showStart(@RequestParam(required = false) @Nullable String resume, ServerWebExchange exchange) {
        String error = "not-found".equals(resume) || "too-many".equals(resume) ? "screening.resume." + resume : null;
        return drafts.current(exchange).map(draft -> start(draft, error));
    }

    @PostMapping("/screening/restart")
    Mono<String> restart(ServerWebExchange exchange) {
        return drafts.current(exchange)
                .flatMap(draft -> draft.map(
                                found -> drafts.save(found.restarted()).then())
                        .orElseGet(Mono::empty)
                        .thenReturn("redirect:/screening/1"));
    }

    /** Continues a draft started elsewhere (another device, or the chat) from where it was left. */
    @PostMapping("/screening/resume")
    Mono<String> resume(ServerWebExchange exchange) {
        RuleBook book = rules.get();
        return exchange.getFormData()
                .flatMap(data -> drafts.resume(exchange, String.valueOf(data.getFirst("code"))))
                .map(draft -> "redirect:" + continueAt(book, draft))
                .onErrorResume(TooManyAttempts.class, tooMany -> Mono.just("redirect:/screening?resume=too-many"))
                .defaultIfEmpty("redirect:/screening?resume=not-found");
    }

    @GetMapping("/screening/{number:\\d{1,3}}")
    Mono<Rendering> showSection(
            @PathVariable int number,
            @RequestParam(required = false) @Nullable String edit,
            ServerWebExchange exchange) {
        RuleBook book = rules.get();
        if (number < 1 || number > book.instrument().sections().size()) {
            return Mono.just(Rendering.redirectTo("/screening").build());
        }
        Language lang = PageLanguages.of(exchange);
        return drafts.current(exchange)
                .map(draft -> Rendering.view("screening/section")
                        .modelAttribute(
                                "page", form.page(book, number, answers(draft), code(draft), lang, edit != null))
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
        return exchange.getFormData()
                .flatMap(data -> drafts.currentOrStart(exchange, lang, source.of(exchange))
                        .flatMap(draft -> {
                            Map<String, Object> answers = new LinkedHashMap<>(draft.answers());
                            section.items().forEach(item -> answers.remove(item.id()));
                            answers.putAll(form.read(section, data));
                            boolean valid =
                                    form.errors(book, section, answers, lang).isEmpty();
                            String target = target(book, number, data, valid);
                            Draft saved = draft.withAnswers(answers)
                                    .withLanguage(lang)
                                    .withPosition(position(book, target));
                            if (valid && !"back".equals(data.getFirst("move"))) {
                                saved = skipUnanswered(saved, section, answers);
                            }
                            return drafts.save(saved).thenReturn("redirect:" + target);
                        }));
    }

    @GetMapping("/screening/summary")
    Mono<Rendering> showSummary(ServerWebExchange exchange) {
        RuleBook book = rules.get();
        Language lang = PageLanguages.of(exchange);
        return drafts.current(exchange).map(draft -> {
            Map<String, Object> answers = answers(draft);
            return Rendering.view("screening/summary")
                    .modelAttribute("sections", summary.of(book, answers, lang))
                    .modelAttribute("crisis", QuestionnaireForm.crisis(book, answers))
                    .modelAttribute("resumeCode", code(draft))
                    .build();
        });
    }

    /** Creates the screening from the draft; an answer the rules refuse sends the resident back to its section. */
    @PostMapping("/screening/confirm")
    Mono<String> confirm(ServerWebExchange exchange) {
        RuleBook book = rules.get();
        Language lang = PageLanguages.of(exchange);
        return drafts.current(exchange)
                .flatMap(draft -> screenings
                        .screen(
                                QuestionnaireForm.shownAnswers(book.instrument(), answers(draft)),
                                lang,
                                draft.map(Draft::source).orElseGet(() -> source.of(exchange)))
                        .flatMap(screening -> draft.map(found -> drafts.forget(exchange, found))
                                .orElseGet(Mono::empty)
                                .thenReturn("redirect:/result/" + screening.id()))
                        .onErrorResume(
                                ApiProblem.class,
                                problem -> Mono.just("redirect:/screening/"
                                        + QuestionnaireForm.sectionOf(
                                                book.instrument(),
                                                problem.errors().getFirst().field())
                                        + "#errors")));
    }

    private Rendering start(Optional<Draft> draft, @Nullable String resumeError) {
        RuleBook book = rules.get();
        boolean inProgress = draft.map(found -> !found.answers().isEmpty()).orElse(false);
        return Rendering.view(START_VIEW)
                .modelAttribute("sectionCount", book.instrument().sections().size())
                .modelAttribute("inProgress", inProgress)
                .modelAttribute(
                        "continueAt",
                        draft.map(found -> continueAt(book, found)).orElse("/screening/1"))
                .modelAttribute("resumeError", resumeError == null ? "" : resumeError)
                .build();
    }

    private static String target(RuleBook book, int number, MultiValueMap<String, String> data, boolean valid) {
        boolean editing = data.containsKey("edit");
        if ("back".equals(data.getFirst("move"))) {
            return number > 1 ? "/screening/" + (number - 1) : "/screening";
        }
        if (!valid) {
            return "/screening/" + number + (editing ? "?edit" : "") + "#errors";
        }
        if (editing || number == book.instrument().sections().size()) {
            return "/screening/summary";
        }
        return "/screening/" + (number + 1);
    }

    /** The draft's position for a page the resident goes to next: a section id or the summary. */
    private static String position(RuleBook book, String target) {
        if (target.startsWith("/screening/summary")) {
            return SUMMARY;
        }
        String number = target.replaceFirst("^/screening/?(\\d*).*$", "$1");
        List<Section> sections = book.instrument().sections();
        return sections.get(number.isEmpty() ? 0 : Integer.parseInt(number) - 1).id();
    }

    /** Where a draft goes on: the summary, the section it was left in, or the first one. */
    private static String continueAt(RuleBook book, Draft draft) {
        String position = draft.position();
        if (SUMMARY.equals(position)) {
            return "/screening/summary";
        }
        List<Section> sections = book.instrument().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(position)) {
                return "/screening/" + (i + 1);
            }
        }
        return "/screening/1";
    }

    /** Questions of a finished section left empty count as skipped, so the chat does not ask them again. */
    private static Draft skipUnanswered(Draft draft, Section section, Map<String, Object> answers) {
        Answers known = Answers.restore(answers);
        Draft result = draft;
        for (Item item : section.items()) {
            boolean shown = item.showWhen() == null || item.showWhen().shows(known);
            if (shown && item.helpFor() == null && !answers.containsKey(item.id()) && !draft.visited(item.id())) {
                result = result.withSkipped(item.id());
            }
        }
        return result;
    }

    private static Map<String, Object> answers(Optional<Draft> draft) {
        return draft.map(Draft::answers).orElse(Map.of());
    }

    private static @Nullable String code(Optional<Draft> draft) {
        return draft.map(found -> ResumeCodes.display(found.resumeCode())).orElse(null);
    }
}

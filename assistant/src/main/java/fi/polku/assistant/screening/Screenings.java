package fi.polku.assistant.screening;

import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.assistant.system.RandomIds;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.AnswerCheck;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.instrument.ResidentSituation;
import fi.polku.segmentation.rules.Decision;
import fi.polku.segmentation.rules.RuleBook;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Screens answers: validates them, decides with the current rules, matches services, saves and announces it. */
@Service
public class Screenings {

    private static final Logger log = LoggerFactory.getLogger(Screenings.class);

    private final CurrentRules rules;
    private final ServiceMatcher services;
    private final ScreeningStore store;
    private final RandomIds ids;
    private final ApplicationEventPublisher events;
    private final List<ScreeningListener> listeners;
    private final Clock clock;

    Screenings(
            CurrentRules rules,
            ServiceMatcher services,
            ScreeningStore store,
            RandomIds ids,
            ApplicationEventPublisher events,
            ObjectProvider<ScreeningListener> listeners,
            Clock clock) {
        this.rules = rules;
        this.services = services;
        this.store = store;
        this.ids = ids;
        this.events = events;
        this.listeners = listeners.orderedStream().toList();
        this.clock = clock;
    }

    /**
     * Validates, decides and saves; bad answers give a 400 problem naming every bad field.
     *
     * @param source the source to record (see {@code Partners#sourceOf}), or null
     */
    public Mono<Screening> screen(Map<String, ?> rawAnswers, Language language, @Nullable String source) {
        // Deciding is short CPU work with no I/O (about 0.1 ms with the bundled catalogue): it runs on the event loop,
        // since a hop to another scheduler cost more than the work itself (JFR; assistant/bench/screening-load.sh).
        return Mono.fromCallable(() -> decide(rawAnswers, language, source))
                .flatMap(store::save)
                .flatMap(saved -> tell(completed(saved)).thenReturn(saved))
                .doOnNext(saved -> events.publishEvent(completed(saved)));
    }

    /** Tells every listener in turn; a listener's failure is logged (its type only) and the screening stands. */
    private Mono<Void> tell(ScreeningCompleted event) {
        return Flux.fromIterable(listeners)
                .concatMap(listener -> listener.on(event).onErrorResume(error -> {
                    log.warn(
                            "Screening listener {} failed: {}",
                            listener.getClass().getSimpleName(),
                            error.getClass().getSimpleName());
                    return Mono.empty();
                }))
                .then();
    }

    public Mono<Screening> find(String id) {
        return RandomIds.looksLikeId(id) ? store.find(id) : Mono.empty();
    }

    Mono<Boolean> delete(String id) {
        return RandomIds.looksLikeId(id) ? store.delete(id) : Mono.just(false);
    }

    private Screening decide(Map<String, ?> rawAnswers, Language language, @Nullable String source) {
        RuleBook book = rules.get();
        AnswerCheck check = book.validator().check(rawAnswers, language);
        if (!check.valid()) {
            List<FieldProblem> errors = check.errors().stream()
                    .map(error -> new FieldProblem(error.field(), error.message()))
                    .toList();
            throw ApiProblem.badRequest(errors, language);
        }
        Answers answers = check.answers();
        Decision decision = book.decide(answers);
        FunctioningProfile profile = book.profile(answers);
        return new Screening(
                ids.next(),
                clock.instant(),
                language,
                source,
                answers.asMap(),
                decision,
                profile,
                services.match(decision, ResidentSituation.of(answers, profile, book.municipalities())));
    }

    private ScreeningCompleted completed(Screening screening) {
        Decision decision = screening.decision();
        return new ScreeningCompleted(
                decision.segment(),
                decision.bookingTarget(),
                decision.crisis(),
                screening.source(),
                screening.answers().get("age") instanceof Number age ? age.intValue() : null,
                screening.createdAt());
    }
}

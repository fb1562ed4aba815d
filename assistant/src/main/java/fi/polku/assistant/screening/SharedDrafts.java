package fi.polku.assistant.screening;

import fi.polku.assistant.drafts.DraftCookie;
import fi.polku.assistant.partners.VisitSource;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.crisis.CrisisDetector;
import fi.polku.segmentation.instrument.Answers;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The questionnaire's drafts in the shared resident-state store ({@link fi.polku.assistant.drafts.Drafts}): the
 * questionnaire and the chat read and write one draft found by the draft cookie, so a resident can switch between
 * them and resume either with the same code. "Crisis seen" is worked out from the answers (the urgent-concern answer
 * and every free text), so it stays true for as long as the text that raised it is there.
 */
@Component
class SharedDrafts implements Drafts {

    private final fi.polku.assistant.drafts.Drafts drafts;
    private final CurrentRules rules;
    private final VisitSource source;

    SharedDrafts(fi.polku.assistant.drafts.Drafts drafts, CurrentRules rules, VisitSource source) {
        this.drafts = drafts;
        this.rules = rules;
        this.source = source;
    }

    @Override
    public Mono<Draft> load(ServerWebExchange exchange) {
        return current(exchange)
                .map(shared -> new Draft(shared.answers(), crisis(shared.answers())))
                .defaultIfEmpty(Draft.EMPTY);
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, Draft draft) {
        return current(exchange)
                .switchIfEmpty(Mono.defer(() -> drafts.start(PageLanguages.of(exchange), source.of(exchange))))
                .flatMap(shared -> drafts.save(shared.withAnswers(draft.answers())
                        .withPosition(fi.polku.assistant.drafts.Draft.IN_QUESTIONNAIRE)))
                .doOnNext(saved -> DraftCookie.write(exchange, saved, drafts.expiry()))
                .then();
    }

    @Override
    public Mono<Void> clear(ServerWebExchange exchange) {
        return current(exchange).flatMap(shared -> drafts.delete(shared.id())).then();
    }

    private Mono<fi.polku.assistant.drafts.Draft> current(ServerWebExchange exchange) {
        return DraftCookie.read(exchange).map(drafts::find).orElseGet(Mono::empty);
    }

    private boolean crisis(Map<String, Object> answers) {
        if (Boolean.TRUE.equals(answers.get("urgent_concern"))) {
            return true;
        }
        CrisisDetector detector = rules.get().crisisDetector();
        return Answers.restore(answers).freeTexts().stream().anyMatch(detector::isCrisis);
    }
}

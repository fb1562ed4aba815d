package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftMessage;
import fi.polku.assistant.drafts.Drafts;
import fi.polku.assistant.screening.Screenings;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Chat sessions for the API and the {@code /chat} page: a session is a draft, so the questionnaire and the chat
 * continue each other. A confirmed summary becomes a screening through {@link Screenings}, as in the API.
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final Drafts drafts;
    private final Dialogue dialogue;
    private final CurrentRules rules;
    private final Screenings screenings;
    private final ChatStreams streams;

    Conversations(Drafts drafts, Dialogue dialogue, CurrentRules rules, Screenings screenings, ChatStreams streams) {
        this.drafts = drafts;
        this.dialogue = dialogue;
        this.rules = rules;
        this.screenings = screenings;
        this.streams = streams;
    }

    /** A new session with its first question. */
    public Mono<ChatTurn> start(Language language, @Nullable String source) {
        return drafts.start(language, source).flatMap(this::open);
    }

    /** The first messages for a draft the chat has not spoken in yet, or that the resident comes back to. */
    public Mono<ChatTurn> open(Draft draft) {
        Turn turn = dialogue.open(draft, rules.get());
        return drafts.save(turn.draft()).map(saved -> new ChatTurn(saved, turn.messages(), false, null));
    }

    /** The session, or empty when unknown or expired. */
    public Mono<Draft> find(String sessionId) {
        return drafts.find(sessionId);
    }

    /** Answers one message (text or a quick-reply value); empty when the session is unknown or expired. */
    public Mono<ChatTurn> reply(String sessionId, @Nullable String text, @Nullable String choice) {
        return drafts.find(sessionId)
                .map(draft -> dialogue.reply(draft, rules.get(), new Reply(text, choice)))
                .flatMap(this::finish)
                .flatMap(turn -> drafts.save(turn.draft())
                        .map(saved -> new ChatTurn(saved, turn.messages(), turn.crisis(), saved.screeningId())))
                .flatMap(turn -> streams.publish(sessionId, turn.messages())
                        // the reply is saved and answers the post; a stream that missed it shows it on reload
                        .onErrorResume(error -> {
                            log.warn(
                                    "Chat stream publish failed: {}",
                                    error.getClass().getName());
                            return Mono.empty();
                        })
                        .thenReturn(turn));
    }

    /** The session's assistant messages from now on; empty when the session is unknown or expired. */
    public Mono<Flux<DraftMessage>> listen(String sessionId) {
        return drafts.find(sessionId).flatMap(draft -> streams.listen(draft.id()));
    }

    /** Makes the screening when the resident confirmed the summary. */
    private Mono<Turn> finish(Turn turn) {
        if (!turn.confirmed()) {
            return Mono.just(turn);
        }
        Draft draft = turn.draft();
        return screenings
                .screen(draft.answers(), draft.language(), draft.source())
                .map(screening -> {
                    Turn done = dialogue.done(draft, screening.id());
                    List<DraftMessage> messages = new ArrayList<>(turn.messages());
                    messages.addAll(done.messages());
                    return new Turn(done.draft(), messages, turn.crisis(), false);
                })
                // answers are checked one by one as they come, so this is a rule change between answer and summary
                .onErrorResume(
                        ApiProblem.class,
                        problem -> Mono.just(dialogue.reply(
                                draft.withPosition(Dialogue.SUMMARY),
                                rules.get(),
                                new Reply(null, Dialogue.COMMAND + "why"))));
    }
}

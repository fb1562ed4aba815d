package fi.polku.assistant.chat;

import fi.polku.assistant.chat.ChatApiViews.MessageRequest;
import fi.polku.assistant.chat.ChatApiViews.MessageResponse;
import fi.polku.assistant.chat.ChatApiViews.MessageView;
import fi.polku.assistant.chat.ChatApiViews.SessionResponse;
import fi.polku.assistant.chat.ChatApiViews.StartRequest;
import fi.polku.assistant.partners.Partners;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.segmentation.Language;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The chat API of api.md: start a session, send a message, listen to the replies as server-sent events. */
@RestController
@RequestMapping("/api/chat/sessions")
class ChatController {

    /** The most a message may hold, in code points (the longest free-text answer, {@code own_words}). */
    static final int MAX_TEXT = 2000;

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final Conversations conversations;
    private final Partners partners;
    private final ApiMessages messages;

    ChatController(Conversations conversations, Partners partners, ApiMessages messages) {
        this.conversations = conversations;
        this.partners = partners;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SessionResponse> start(
            @RequestBody StartRequest request, @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(request.lang(), lang);
        return conversations
                .start(language, partners.sourceOf(request.source()))
                .map(SessionResponse::of);
    }

    @PostMapping(path = "/{sessionId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<MessageResponse> message(
            @PathVariable String sessionId,
            @RequestBody MessageRequest request,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        String text = blankToNull(request.text());
        String choice = blankToNull(request.choice());
        if (text == null && choice == null) {
            return Mono.error(problem("text", "chat.text.missing", language));
        }
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            return Mono.error(problem("text", "chat.text.too-long", language, MAX_TEXT));
        }
        return conversations
                .reply(sessionId, text, text == null ? choice : null)
                .map(MessageResponse::of)
                .switchIfEmpty(Mono.error(() -> notFound(language)));
    }

    @GetMapping(path = "/{sessionId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<MessageView>> stream(
            @PathVariable String sessionId, @RequestParam(required = false) @Nullable String lang) {
        return conversations
                .listen(sessionId)
                .map(messages -> Flux.merge(
                        messages.map(message -> ServerSentEvent.builder(MessageView.of(message))
                                .event("message")
                                .build()),
                        // a comment at once sends the headers; one now and then keeps proxies from closing a quiet
                        // stream
                        Flux.interval(Duration.ZERO, KEEP_ALIVE)
                                .map(tick -> ServerSentEvent.<MessageView>builder()
                                        .comment("keep-alive")
                                        .build())))
                .switchIfEmpty(Mono.error(() -> notFound(ApiMessages.language(null, lang))))
                .flatMapMany(events -> events);
    }

    private ApiProblem notFound(Language language) {
        return ApiProblem.notFound(messages.problem("sessionId", "chat.session.not-found", language), language);
    }

    private ApiProblem problem(String field, String key, Language language, Object... args) {
        List<FieldProblem> errors = List.of(messages.problem(field, key, language, args));
        return ApiProblem.badRequest(errors, language);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

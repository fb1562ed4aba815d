package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.Drafts;
import fi.polku.assistant.drafts.TooManyAttempts;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import java.net.InetSocketAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /chat}: the conversation rendered on the server, each message a form post (works with JavaScript off);
 * {@code chat.js} sends through the API and shows replies from the stream instead. {@code POST /resume} continues a
 * draft by its code, in the chat when it was a chat, else in the questionnaire. The draft's id sits in the web session
 * under {@link Drafts#SESSION_ATTRIBUTE}, as for the questionnaire pages.
 */
@PageController
class ChatPageController {

    private static final String VIEW = "chat/chat";

    private final Conversations conversations;
    private final Drafts drafts;
    private final CurrentRules rules;

    ChatPageController(Conversations conversations, Drafts drafts, CurrentRules rules) {
        this.conversations = conversations;
        this.drafts = drafts;
        this.rules = rules;
    }

    @GetMapping("/chat")
    Mono<String> chat(ServerWebExchange exchange, Model model) {
        Language language = PageLanguages.of(exchange);
        return current(exchange)
                .flatMap(draft -> draft.transcript().isEmpty() || draft.language() != language || inQuestionnaire(draft)
                        ? conversations.open(draft.withLanguage(language)).map(ChatTurn::draft)
                        : Mono.just(draft))
                .switchIfEmpty(Mono.defer(
                        () -> conversations.start(language, null).flatMap(turn -> remember(exchange, turn.draft()))))
                .map(draft -> {
                    model.addAttribute("chat", ChatPageView.of(draft, rules.get(), null));
                    return VIEW;
                });
    }

    @PostMapping("/chat")
    Mono<String> send(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String text = blankToNull(form.getFirst("text"));
            String choice = choice(form);
            if (text == null && choice == null) {
                return Mono.just("redirect:/chat");
            }
            return current(exchange)
                    .flatMap(draft -> conversations.reply(draft.id(), text, text == null ? choice : null))
                    .map(turn -> "redirect:/chat#message")
                    .defaultIfEmpty("redirect:/chat");
        });
    }

    @PostMapping("/resume")
    Mono<String> resume(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String code = form.getFirst("code");
            return drafts.resume(code == null ? "" : code, client(exchange))
                    .flatMap(draft -> remember(exchange, draft))
                    .map(draft -> !draft.transcript().isEmpty() && !inQuestionnaire(draft)
                            ? "redirect:/chat"
                            : "redirect:/screening")
                    .switchIfEmpty(Mono.defer(() -> again(exchange, model, "chat.resume.unknown")))
                    .onErrorResume(TooManyAttempts.class, tooMany -> {
                        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                        return again(exchange, model, "chat.resume.too-many");
                    });
        });
    }

    /** The chat page again, with a message about the resume code. */
    private Mono<String> again(ServerWebExchange exchange, Model model, String error) {
        Language language = PageLanguages.of(exchange);
        return current(exchange)
                .switchIfEmpty(Mono.defer(
                        () -> conversations.start(language, null).flatMap(turn -> remember(exchange, turn.draft()))))
                .map(draft -> {
                    model.addAttribute("chat", ChatPageView.of(draft, rules.get(), error));
                    return VIEW;
                });
    }

    /** The draft whose id the web session holds (the questionnaire uses the same attribute). */
    private Mono<Draft> current(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(session -> {
            String id = session.getAttribute(Drafts.SESSION_ATTRIBUTE);
            return id == null ? Mono.empty() : drafts.find(id);
        });
    }

    /** Ties the draft to the visitor's web session. */
    private static Mono<Draft> remember(ServerWebExchange exchange, Draft draft) {
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().put(Drafts.SESSION_ATTRIBUTE, draft.id()))
                .thenReturn(draft);
    }

    /** True when the questionnaire saved last (its position is a section id): the chat then goes on from there. */
    private boolean inQuestionnaire(Draft draft) {
        String position = draft.position();
        return position != null
                && rules.get().instrument().sections().stream()
                        .anyMatch(section -> section.id().equals(position));
    }

    /** One quick reply, or the boxes ticked for a question with several answers, comma-separated as the API takes. */
    private static @Nullable String choice(MultiValueMap<String, String> form) {
        List<String> values = form.getOrDefault("choice", List.of()).stream()
                .filter(value -> !value.isBlank())
                .toList();
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String client(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

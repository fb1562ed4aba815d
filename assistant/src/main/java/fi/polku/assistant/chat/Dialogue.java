package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftMessage;
import fi.polku.assistant.drafts.DraftMessage.Choice;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.crisis.CrisisContact;
import fi.polku.segmentation.instrument.AnswerCheck;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.ItemType;
import fi.polku.segmentation.instrument.Municipality;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The deterministic dialogue manager: asks the instrument's shown items one at a time, reads plain replies, handles
 * the commands (back, why, skip, start again, add), corrections, the three-miss rule, the follow-ups after low scores,
 * crisis contacts first, and the summary. It never calls a model; the same draft and reply always give the same turn.
 */
@Component
class Dialogue {

    static final String SUMMARY = "summary";
    static final String DONE = "done";
    static final String COMMAND = "cmd:";
    static final String EDIT = "edit:";
    /** The score at or below which the chat asks what would help (screening.md: below 6 is a clear need). */
    static final int FOLLOW_UP_AT_MOST = 4;

    static final int MISSES_BEFORE_OFFER = 3;

    private static final String FORM_PATH = "/screening";
    private static final String GUIDANCE_PATH = "/services/palveluohjaus";
    private static final String RESULT_PATH = "/result/";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int PILOT_MUNICIPALITIES = 4;

    private final ChatTexts texts;
    private final ChatSettings settings;
    private final Map<Language, ReplyReader> readers = new EnumMap<>(Language.class);

    Dialogue(ChatTexts texts, ChatSettings settings) {
        this.texts = texts;
        this.settings = settings;
        for (Language language : Language.values()) {
            readers.put(language, new ReplyReader(Words.load("chat/words/" + language.tag() + ".yml")));
        }
    }

    /** The first messages of a new chat, or of a draft the resident comes back to (e.g. from the questionnaire). */
    Turn open(Draft draft, RuleBook book) {
        Context context = new Context(draft, book);
        context.say(
                texts.text(draft.transcript().isEmpty() ? "chat.welcome.text" : "chat.resume.text", draft.language()));
        String position = draft.position();
        if (DONE.equals(position) && draft.screeningId() != null) {
            context.done(draft.screeningId());
        } else if (position != null
                && (SUMMARY.equals(position) || book.instrument().item(position).isPresent())) {
            // e.g. the language was switched: the same question again, in the new language
            context.askCurrent();
        } else {
            context.askNext();
        }
        return context.turn();
    }

    /** The answer to one reply. */
    Turn reply(Draft draft, RuleBook book, Reply reply) {
        Context context = new Context(draft, book);
        context.heard(reply);
        if (reply.text() != null && book.isCrisis(reply.text())) {
            context.crisis();
        }
        context.handle(reply);
        return context.turn();
    }

    /** The turn after the confirmed summary became a screening. */
    Turn done(Draft draft, String screeningId) {
        Context context = new Context(draft.withScreeningId(screeningId).withPosition(DONE), null);
        context.done(screeningId);
        return context.turn();
    }

    /** One turn's work on a draft. */
    private final class Context {

        private Draft draft;
        private final @Nullable RuleBook book;
        private final Language language;
        private final ReplyReader reader;
        private final List<DraftMessage> messages = new ArrayList<>();
        private boolean crisis;
        private boolean confirmed;

        Context(Draft draft, @Nullable RuleBook book) {
            this.draft = draft;
            this.book = book;
            this.language = draft.language();
            this.reader = readers.get(language);
        }

        Turn turn() {
            return new Turn(draft.withMessages(messages), messages, crisis, confirmed);
        }

        private RuleBook book() {
            if (book == null) {
                throw new IllegalStateException("no rules in this turn");
            }
            return book;
        }

        void heard(Reply reply) {
            String shown = reply.text() != null ? reply.text() : labelOfChoice(reply.choice());
            draft = draft.withMessages(
                    List.of(new DraftMessage(DraftMessage.RESIDENT, shown, draft.position(), List.of())));
        }

        void handle(Reply reply) {
            String position = draft.position();
            if (position == null) {
                position = nextItem().map(Item::id).orElse(SUMMARY);
                draft = draft.withPosition(position);
            }
            Optional<Words.Command> command = command(reply);
            if (DONE.equals(position)) {
                if (command.filter(Words.Command.RESTART::equals).isPresent() || draft.screeningId() == null) {
                    restart();
                } else {
                    messages.add(new DraftMessage(
                            DraftMessage.ASSISTANT,
                            texts.text("chat.done.again", language),
                            null,
                            List.of(),
                            new Choice(RESULT_PATH + draft.screeningId(), texts.text("chat.done.link", language))));
                }
                return;
            }
            if (!SUMMARY.equals(position) && book().instrument().item(position).isEmpty()) {
                // the rules changed under this chat: go on with what the new instrument asks
                askNext();
                return;
            }
            if (reply.choice() != null && reply.choice().startsWith(EDIT)) {
                edit(reply.choice().substring(EDIT.length()));
                return;
            }
            if (reply.choice() != null && reply.choice().startsWith(COMMAND)) {
                String name = reply.choice().substring(COMMAND.length());
                switch (name) {
                    case "form" -> {
                        offerForm();
                        return;
                    }
                    case "guidance" -> {
                        offerGuidance();
                        return;
                    }
                    default -> {
                        // the other commands are the same as typed ones
                    }
                }
            }
            if (command.isPresent()) {
                obey(command.get());
                return;
            }
            if (reply.text() != null) {
                Optional<String> correction = reader.words().correction(Words.normalise(reply.text()));
                if (correction.isPresent() && correct(correction.get())) {
                    return;
                }
            }
            if (SUMMARY.equals(position)) {
                summaryReply(reply);
                return;
            }
            answer(item(position), reply);
        }

        private Optional<Words.Command> command(Reply reply) {
            if (reply.choice() != null && reply.choice().startsWith(COMMAND)) {
                String name = reply.choice().substring(COMMAND.length()).toUpperCase(Locale.ROOT);
                for (Words.Command command : Words.Command.values()) {
                    if (command.name().equals(name)) {
                        return Optional.of(command);
                    }
                }
                return Optional.empty();
            }
            return reply.text() == null ? Optional.empty() : reader.words().command(Words.normalise(reply.text()));
        }

        private void obey(Words.Command command) {
            String position = draft.position();
            switch (command) {
                case RESTART -> restart();
                case CONFIRM -> {
                    if (SUMMARY.equals(position)) {
                        confirmed = true;
                    } else {
                        ask(item(position));
                    }
                }
                case BACK -> back();
                case WHY -> why();
                case SKIP -> skip();
                case ADD -> add();
            }
        }

        private void restart() {
            draft = draft.restarted();
            say(texts.text("chat.restart.text", language));
            say(texts.text("chat.welcome.text", language));
            askNext();
        }

        private void back() {
            String position = draft.position();
            List<DraftMessage> transcript = draft.transcript();
            for (int i = transcript.size() - 1; i >= 0; i--) {
                DraftMessage earlier = transcript.get(i);
                if (DraftMessage.ASSISTANT.equals(earlier.role())
                        && earlier.item() != null
                        && !earlier.item().equals(position)
                        && book().instrument().item(earlier.item()).isPresent()) {
                    draft = draft.withPosition(earlier.item());
                    ask(item(earlier.item()));
                    return;
                }
            }
            say(texts.text("chat.back.first", language));
            askCurrent();
        }

        private void why() {
            String position = draft.position();
            if (SUMMARY.equals(position) || position == null) {
                summary();
                return;
            }
            Item item = item(position);
            String section = sectionOf(item.helpFor() != null ? item(item.helpFor()) : item);
            messages.add(message(texts.text("chat.why." + section, language), item.id(), choicesFor(item)));
        }

        private void skip() {
            String position = draft.position();
            if (SUMMARY.equals(position) || position == null) {
                summary();
                return;
            }
            draft = draft.withSkipped(position).withMisses(position, 0);
            say(texts.text("chat.skipped.text", language));
            askNext();
        }

        private void add() {
            List<DraftMessage> transcript = draft.transcript();
            for (int i = transcript.size() - 1; i >= 0; i--) {
                String asked = transcript.get(i).item();
                if (asked == null) {
                    continue;
                }
                Optional<Item> item = book().instrument().item(asked);
                // the score given last, even if it has words already: they can be rewritten
                if (item.isPresent()
                        && item.get().helpItem() != null
                        && draft.answers().containsKey(asked)) {
                    draft = draft.withPosition(item.get().helpItem());
                    ask(item(item.get().helpItem()));
                    return;
                }
            }
            say(texts.text("chat.add.none", language));
            askCurrent();
        }

        private void edit(String id) {
            Optional<Item> item = book().instrument().item(id);
            if (item.isEmpty()) {
                summary();
                return;
            }
            draft = draft.withPosition(id);
            ask(item.get());
        }

        private void offerForm() {
            messages.add(new DraftMessage(
                    DraftMessage.ASSISTANT,
                    texts.text("chat.offer.form", language),
                    draft.position(),
                    List.of(),
                    new Choice(FORM_PATH, texts.text("chat.offer.form", language))));
        }

        private void offerGuidance() {
            messages.add(new DraftMessage(
                    DraftMessage.ASSISTANT,
                    texts.text("chat.guidance.text", language),
                    null,
                    List.of(),
                    new Choice(GUIDANCE_PATH, texts.text("chat.guidance.link", language))));
            askCurrent();
        }

        /** A correction of an earlier answer; false when the text names no item whose value it gives. */
        private boolean correct(String rest) {
            String normalised = Words.normalise(rest);
            for (Map.Entry<String, List<String>> entry : reader.words().items().entrySet()) {
                Optional<Item> item = book().instrument().item(entry.getKey());
                if (item.isEmpty() || entry.getValue().stream().noneMatch(word -> names(normalised, word))) {
                    continue;
                }
                Optional<Object> value = read(item.get(), Reply.text(rest));
                if (value.isEmpty() || !valid(item.get(), value.get())) {
                    continue;
                }
                if (item.get().id().equals(draft.position())) {
                    return false; // an answer to the question asked now
                }
                draft = draft.withAnswer(item.get().id(), value.get());
                say(texts.text(
                        "chat.corrected.text",
                        language,
                        texts.itemName(item.get().id(), language),
                        shown(item.get(), value.get())));
                askCurrent();
                return true;
            }
            say(texts.text("chat.correction.unclear", language));
            askCurrent();
            return true;
        }

        private boolean names(String normalised, String word) {
            if (word.contains(" ")) {
                return Words.hasPhrase(normalised, word);
            }
            for (String token : normalised.split(" ")) {
                if (token.startsWith(word)) {
                    return true;
                }
            }
            return false;
        }

        private void summaryReply(Reply reply) {
            if (reply.text() != null && reader.yesNo(reply.text()).orElse(false)) {
                confirmed = true;
                return;
            }
            say(texts.text("chat.summary.pick", language));
            summary();
        }

        private void answer(Item item, Reply reply) {
            if (item.helpFor() != null || item.type() == ItemType.TEXT) {
                answerText(item, reply);
                return;
            }
            Optional<Object> value = read(item, reply);
            if (value.isPresent() && valid(item, value.get())) {
                accept(item, value.get(), reply);
            } else if (crisis) {
                say(texts.text("chat.crisis.continue", language));
                ask(item);
            } else {
                miss(item);
            }
        }

        private void answerText(Item item, Reply reply) {
            String text = reply.raw().strip();
            String normalised = Words.normalise(text);
            boolean declined = normalised.isEmpty()
                    || reader.words().no().contains(normalised)
                    || reader.words().nothing().contains(normalised);
            if (declined) {
                skip();
                return;
            }
            if (!valid(item, text)) {
                miss(item);
                return;
            }
            draft = draft.withAnswer(item.id(), text).withMisses(item.id(), 0);
            if (crisis) {
                say(texts.text("chat.crisis.continue", language));
            }
            askNext();
        }

        private void accept(Item item, Object value, Reply reply) {
            draft = draft.withAnswer(item.id(), value).withMisses(item.id(), 0);
            if ("urgent_concern".equals(item.id()) && Boolean.TRUE.equals(value)) {
                crisis();
            }
            String helpItem = item.helpItem();
            if (helpItem != null && item.type() == ItemType.SCALE && reply.text() != null) {
                ownWordsAfterNumber(reply.text()).ifPresent(words -> draft = draft.withAnswer(helpItem, words));
            }
            if (helpItem != null
                    && value instanceof Integer score
                    && score <= FOLLOW_UP_AT_MOST
                    && !draft.visited(helpItem)
                    && draft.followUps() < settings.maxFollowUps()) {
                draft = draft.withFollowUps(draft.followUps() + 1).withPosition(helpItem);
                ask(item(helpItem));
                return;
            }
            if (crisis) {
                say(texts.text("chat.crisis.continue", language));
            }
            askNext();
        }

        /** "7, mutta selkä vaivaa" answers the score and adds the rest as the resident's own words. */
        private Optional<String> ownWordsAfterNumber(String text) {
            String rest = text.strip().replaceFirst("^\\d+\\s*(?:/\\s*10)?[\\s,.;:–-]*", "");
            return rest.equals(text.strip()) || rest.split("\\s+").length < 3 ? Optional.empty() : Optional.of(rest);
        }

        private void miss(Item item) {
            int misses = draft.misses(item.id()) + 1;
            draft = draft.withMisses(item.id(), misses);
            if (misses >= MISSES_BEFORE_OFFER) {
                List<Choice> choices = new ArrayList<>(choicesFor(item));
                choices.add(new Choice(COMMAND + "form", texts.text("chat.offer.form", language)));
                choices.add(new Choice(COMMAND + "guidance", texts.text("chat.offer.guidance", language)));
                messages.add(new DraftMessage(
                        DraftMessage.ASSISTANT,
                        texts.text("chat.offer.text", language),
                        item.id(),
                        choices,
                        new Choice(FORM_PATH, texts.text("chat.offer.form", language))));
                return;
            }
            messages.add(message(hint(item), item.id(), choicesFor(item)));
        }

        private String hint(Item item) {
            return switch (item.type()) {
                case INTEGER ->
                    item.min() != null && item.max() != null
                            ? texts.text("chat.hint.range", language, item.min(), item.max())
                            : texts.text("chat.hint.integer", language, 3);
                case SCALE ->
                    texts.text(
                            "chat.hint.scale",
                            language,
                            item.minLabel() != null ? item.minLabel().in(language) : "0",
                            item.maxLabel() != null ? item.maxLabel().in(language) : "10");
                case BOOLEAN -> texts.text("chat.hint.boolean", language);
                case ENUM -> texts.text("chat.hint.enum", language);
                case SET -> texts.text("chat.hint.set", language);
                case MUNICIPALITY -> texts.text("chat.hint.municipality", language);
                case TEXT -> texts.text("chat.hint.text", language);
            };
        }

        /** The value a reply gives for the item, if the reply can be read as one. */
        private Optional<Object> read(Item item, Reply reply) {
            String raw = reply.raw().strip();
            boolean chosen = reply.choice() != null;
            return switch (item.type()) {
                case INTEGER, SCALE ->
                    reader.integer(raw, item.id().endsWith("_months")).map(Object.class::cast);
                case BOOLEAN -> {
                    if (chosen && (raw.equals("true") || raw.equals("false"))) {
                        yield Optional.of(Boolean.valueOf(raw));
                    }
                    yield reader.yesNo(raw).map(Object.class::cast);
                }
                case ENUM -> {
                    if (item.choice(raw).isPresent()) {
                        yield Optional.of(raw);
                    }
                    yield reader.choice(options(item), raw).map(Object.class::cast);
                }
                case SET -> {
                    List<String> values = List.of(raw.split("\\s*,\\s*"));
                    if (values.stream().allMatch(v -> item.choice(v).isPresent())) {
                        yield Optional.of(values);
                    }
                    yield reader.choices(options(item), raw).map(Object.class::cast);
                }
                case MUNICIPALITY -> municipality(raw).map(Object.class::cast);
                case TEXT -> raw.isEmpty() ? Optional.empty() : Optional.of(raw);
            };
        }

        private Optional<String> municipality(String raw) {
            List<ReplyReader.Option> options = new ArrayList<>();
            for (Municipality municipality : book().municipalities().all()) {
                options.add(ReplyReader.Option.of(
                        municipality.slug(), List.of(municipality.nameFi(), municipality.nameSv())));
            }
            options.add(ReplyReader.Option.of("other", List.of(texts.text("chat.choice.other", language))));
            Optional<String> known = reader.choice(options, raw);
            if (known.isPresent()) {
                return known;
            }
            // any municipality is accepted by its slug (screening.md); one the product does not know counts as other
            String slug = MARKS.matcher(Normalizer.normalize(Words.normalise(raw), Normalizer.Form.NFD))
                    .replaceAll("")
                    .replace(' ', '-');
            return raw.split("\\s+").length <= 2 && SLUG.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
        }

        private List<ReplyReader.Option> options(Item item) {
            return item.choices().stream()
                    .map(choice -> ReplyReader.Option.of(
                            choice.value(),
                            List.of(
                                    choice.label().fi(),
                                    choice.label().sv(),
                                    choice.label().en())))
                    .toList();
        }

        private boolean valid(Item item, Object value) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(item.id(), value);
            AnswerCheck check = book().validator().check(one, language);
            return check.valid();
        }

        void askNext() {
            Optional<Item> next = nextItem();
            if (next.isEmpty()) {
                draft = draft.withPosition(SUMMARY);
                summary();
                return;
            }
            draft = draft.withPosition(next.get().id());
            ask(next.get());
        }

        void askCurrent() {
            String position = draft.position();
            if (position == null || SUMMARY.equals(position)) {
                if (position == null) {
                    askNext();
                } else {
                    summary();
                }
                return;
            }
            ask(item(position));
        }

        private Optional<Item> nextItem() {
            Answers answers = Answers.restore(draft.answers());
            return book().instrument().items().values().stream()
                    .filter(item -> item.helpFor() == null)
                    .filter(item -> item.showWhen() == null || item.showWhen().shows(answers))
                    .filter(item -> !draft.visited(item.id()))
                    .findFirst();
        }

        private void ask(Item item) {
            StringBuilder text = new StringBuilder(item.label().in(language));
            if (item.type() == ItemType.SCALE && item.minLabel() != null && item.maxLabel() != null) {
                text.append(" (")
                        .append(texts.text(
                                "chat.scale.range",
                                language,
                                item.minLabel().in(language),
                                item.maxLabel().in(language)))
                        .append(')');
            }
            if (item.help() != null && item.type() != ItemType.SCALE) {
                text.append(' ').append(item.help().in(language));
            }
            Object current = draft.answers().get(item.id());
            if (current != null) {
                text.append(' ').append(texts.text("chat.current.answer", language, shown(item, current)));
            }
            messages.add(message(text.toString(), item.id(), choicesFor(item)));
        }

        private List<Choice> choicesFor(Item item) {
            List<Choice> choices = new ArrayList<>();
            switch (item.type()) {
                case SCALE -> {
                    int min = item.min() != null ? item.min() : 0;
                    int max = item.max() != null ? item.max() : 10;
                    for (int i = min; i <= max; i++) {
                        choices.add(new Choice(String.valueOf(i), String.valueOf(i)));
                    }
                }
                case BOOLEAN -> {
                    choices.add(new Choice("true", texts.text("chat.choice.yes", language)));
                    choices.add(new Choice("false", texts.text("chat.choice.no", language)));
                }
                case ENUM, SET ->
                    item.choices()
                            .forEach(choice -> choices.add(
                                    new Choice(choice.value(), choice.label().in(language))));
                case MUNICIPALITY -> {
                    book().municipalities().all().stream()
                            .limit(PILOT_MUNICIPALITIES)
                            .forEach(m -> choices.add(
                                    new Choice(m.slug(), language == Language.SV ? m.nameSv() : m.nameFi())));
                    choices.add(new Choice("other", texts.text("chat.choice.other", language)));
                }
                case INTEGER, TEXT -> {
                    // answered in the text box
                }
            }
            choices.add(new Choice(COMMAND + "skip", texts.text("chat.choice.skip", language)));
            return choices;
        }

        private void summary() {
            StringBuilder text = new StringBuilder(
                    texts.text(draft.answers().isEmpty() ? "chat.summary.empty" : "chat.summary.intro", language));
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice(COMMAND + "confirm", texts.text("chat.summary.confirm", language)));
            for (Item item : book().instrument().items().values()) {
                Object value = draft.answers().get(item.id());
                if (value == null) {
                    continue;
                }
                String name = item.helpFor() != null
                        ? texts.text("chat.help.name", language, texts.itemName(item.helpFor(), language))
                        : texts.itemName(item.id(), language);
                text.append('\n').append(name).append(": ").append(shown(item, value));
                choices.add(new Choice(EDIT + item.id(), texts.text("chat.summary.edit", language, name)));
            }
            messages.add(message(text.toString(), SUMMARY, choices));
        }

        void done(String screeningId) {
            messages.add(new DraftMessage(
                    DraftMessage.ASSISTANT,
                    texts.text("chat.done.text", language),
                    null,
                    List.of(),
                    new Choice(RESULT_PATH + screeningId, texts.text("chat.done.link", language))));
        }

        /** Marks the turn as a crisis and puts the crisis contacts first, once. */
        void crisis() {
            if (crisis) {
                return;
            }
            crisis = true;
            StringBuilder text = new StringBuilder(texts.text("chat.crisis.intro", language));
            for (CrisisContact contact : book().crisisContacts().in(language)) {
                text.append('\n')
                        .append(contact.name())
                        .append(' ')
                        .append(contact.number())
                        .append(" – ")
                        .append(contact.hours())
                        .append(". ")
                        .append(contact.note());
            }
            messages.addFirst(message(text.toString(), null, List.of()));
        }

        void say(String text) {
            messages.add(message(text, null, List.of()));
        }

        private DraftMessage message(String text, @Nullable String item, List<Choice> choices) {
            return new DraftMessage(DraftMessage.ASSISTANT, text, item, choices);
        }

        private String shown(Item item, Object value) {
            return switch (value) {
                case Boolean yes -> texts.text(yes ? "chat.answer.yes" : "chat.answer.no", language);
                case List<?> list ->
                    String.join(
                            ", ",
                            list.stream()
                                    .map(v -> label(item, String.valueOf(v)))
                                    .toList());
                case String text
                when item.type() == ItemType.MUNICIPALITY ->
                    book().municipalities()
                            .find(text)
                            .map(m -> language == Language.SV ? m.nameSv() : m.nameFi())
                            .orElse(text);
                case String text -> label(item, text);
                default -> String.valueOf(value);
            };
        }

        private String label(Item item, String value) {
            return item.choice(value).map(choice -> choice.label().in(language)).orElse(value);
        }

        private String labelOfChoice(@Nullable String value) {
            if (value == null) {
                return "";
            }
            List<DraftMessage> transcript = draft.transcript();
            for (int i = transcript.size() - 1; i >= 0; i--) {
                for (Choice choice : transcript.get(i).choices()) {
                    if (choice.value().equals(value)) {
                        return choice.label();
                    }
                }
            }
            return value;
        }

        private Item item(String id) {
            return book().instrument().item(id).orElseThrow(() -> new IllegalStateException("no item " + id));
        }

        private String sectionOf(Item item) {
            for (Section section : book().instrument().sections()) {
                if (section.items().contains(item)) {
                    return section.id();
                }
            }
            return "background";
        }
    }
}

package fi.polku.assistant.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The words of one language that the chat understands in plain replies: numbers, durations, yes and no, commands,
 * correction markers and the words that name an item. Read from {@code chat/words/<lang>.yml}.
 */
record Words(
        Map<String, Double> numbers,
        Map<String, Double> multipliers,
        Set<String> years,
        Set<String> months,
        List<String> yes,
        List<String> no,
        List<String> nothing,
        Map<Command, Set<String>> commands,
        List<String> corrections,
        Map<String, List<String>> items) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What a reply can ask the chat to do instead of answering. */
    enum Command {
        BACK,
        WHY,
        SKIP,
        RESTART,
        ADD,
        CONFIRM
    }

    /** Reads a word file from the class path. */
    static Words load(String resource) {
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word file " + resource);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<Command, Set<String>> commands = new LinkedHashMap<>();
            map(root, "commands")
                    .forEach((name, words) ->
                            commands.put(Command.valueOf(name.toUpperCase(Locale.ROOT)), phraseSet(words)));
            Map<String, List<String>> items = new LinkedHashMap<>();
            map(root, "items").forEach((item, words) -> items.put(item, phrases(words)));
            return new Words(
                    numberMap(map(root, "numbers")),
                    numberMap(map(root, "multipliers")),
                    phraseSet(root.get("years")),
                    phraseSet(root.get("months")),
                    phrases(root.get("yes_words")),
                    phrases(root.get("no_words")),
                    phrases(root.get("nothing")),
                    commands,
                    phrases(root.get("corrections")),
                    items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command the whole reply is, if any. */
    Optional<Command> command(String normalised) {
        return commands.entrySet().stream()
                .filter(entry -> entry.getValue().contains(normalised))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The reply without its leading correction marker, when it starts with one. */
    Optional<String> correction(String normalised) {
        for (String marker : corrections) {
            if (normalised.equals(marker)) {
                return Optional.empty();
            }
            if (normalised.startsWith(marker + " ")) {
                return Optional.of(normalised.substring(marker.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** Lower case, punctuation and dashes as spaces, single spaces: the form every word list is matched in. */
    static String normalise(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The normalised text without accents (ä as a, å as a), for forgiving comparisons. */
    static String fold(String normalised) {
        return MARKS.matcher(Normalizer.normalize(normalised, Normalizer.Form.NFD))
                .replaceAll("");
    }

    /** True when the normalised text holds the phrase as whole words. */
    static boolean hasPhrase(String normalised, String phrase) {
        return (" " + normalised + " ").contains(" " + phrase + " ");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> root, String key) {
        Object value = root.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Double> numberMap(Map<String, Object> raw) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        raw.forEach((word, value) -> numbers.put(normalise(word), ((Number) value).doubleValue()));
        return numbers;
    }

    private static List<String> phrases(Object raw) {
        List<String> phrases = new ArrayList<>();
        if (raw instanceof List<?> list) {
            list.forEach(item -> phrases.add(normalise(String.valueOf(item))));
        }
        return List.copyOf(phrases);
    }

    private static Set<String> phraseSet(Object raw) {
        return phrases(raw).stream().collect(Collectors.toUnmodifiableSet());
    }
}

package fi.polku.assistant.chat;

import fi.polku.segmentation.yaml.StrictYaml;
import fi.polku.segmentation.yaml.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of one language that the chat understands in plain replies: numbers, durations, yes and no, commands,
 * correction markers and the words that name an item. Read from {@code chat/words/<lang>.yml} with the strict YAML
 * 1.2 layer ({@link StrictYaml}): every key is required, and an unknown or duplicate key, a number word whose value is
 * not a number or a list that is not a list of words is a {@code YamlProblem} naming file, line and key.
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

    private static final Set<String> KEYS = Set.of(
            "numbers",
            "multipliers",
            "years",
            "months",
            "yes_words",
            "no_words",
            "nothing",
            "commands",
            "corrections",
            "items");

    /** Reads a word file from the class path. */
    static Words load(String resource) {
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word file " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of one file's text; {@code file} names it in errors. */
    static Words parse(String file, String text) {
        YamlMap root = StrictYaml.parse(file, text).allowOnly(KEYS);
        YamlMap commandWords = root.map("commands")
                .allowOnly(Arrays.stream(Command.values())
                        .map(command -> command.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()));
        Map<Command, Set<String>> commands = new LinkedHashMap<>();
        for (Command command : Command.values()) {
            commands.put(
                    command,
                    phraseSet(commandWords.nonEmptyStrings(command.name().toLowerCase(Locale.ROOT))));
        }
        YamlMap itemWords = root.map("items");
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (String item : itemWords.keys()) {
            items.put(item, phrases(itemWords.nonEmptyStrings(item)));
        }
        return new Words(
                numberMap(root.map("numbers")),
                numberMap(root.map("multipliers")),
                phraseSet(root.strings("years")),
                phraseSet(root.strings("months")),
                phrases(root.nonEmptyStrings("yes_words")),
                phrases(root.nonEmptyStrings("no_words")),
                phrases(root.strings("nothing")),
                commands,
                phrases(root.strings("corrections")),
                items);
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

    /** Word to value; a value must be a number (whole or decimal), e.g. {@code kaksi: 2} or {@code puoli: 0.5}. */
    private static Map<String, Double> numberMap(YamlMap raw) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        raw.plainValues().forEach((word, value) -> {
            if (!(value instanceof Number number)) {
                throw raw.error(word, "must be a number, e.g. 2 or 0.5 (got '" + value + "')");
            }
            numbers.put(normalise(word), number.doubleValue());
        });
        return numbers;
    }

    private static List<String> phrases(List<String> raw) {
        return raw.stream().map(Words::normalise).toList();
    }

    private static Set<String> phraseSet(List<String> raw) {
        return phrases(raw).stream().collect(Collectors.toUnmodifiableSet());
    }
}

package fi.polku.assistant.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads plain replies in one language: numbers in digits or words ("45", "neljäkymmentäviisi", "fyrtiofem", "forty
 * five"), durations ("vuoden" is 12 months), yes and no, and a choice by its label or a close misspelling of it.
 */
final class ReplyReader {

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern SET_SEPARATORS = Pattern.compile("\\s*(?:[,;/&+]|\\s(?:ja|och|and|sekä|samt)\\s)\\s*");
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final Words words;

    ReplyReader(Words words) {
        this.words = words;
    }

    Words words() {
        return words;
    }

    /** The first number in the reply, written in digits or in words. */
    Optional<Double> number(String raw) {
        Matcher digits = DIGITS.matcher(raw);
        if (digits.find()) {
            return Optional.of(Double.parseDouble(digits.group().replace(',', '.')));
        }
        return numberInWords(Words.normalise(raw));
    }

    /**
     * A whole number for an integer item; for an item counted in months a duration in years is turned into months,
     * and "a year" without a number counts as one.
     */
    Optional<Integer> integer(String raw, boolean inMonths) {
        String text = Words.normalise(raw);
        boolean years = inMonths && anyWord(text, words.years());
        boolean months = anyWord(text, words.months());
        Optional<Double> number = number(raw);
        if (number.isEmpty() && (years || (inMonths && months))) {
            number = Optional.of(1.0);
        }
        return number.map(n -> years ? n * 12 : n)
                .filter(n -> n == Math.rint(n) || years)
                .map(n -> (int) Math.round(n));
    }

    /** Yes or no; a negation wins ("en ole" is no even though "ole" might read as yes). */
    Optional<Boolean> yesNo(String raw) {
        String text = Words.normalise(raw);
        if (words.no().stream().anyMatch(word -> Words.hasPhrase(text, word))) {
            return Optional.of(false);
        }
        if (words.yes().stream().anyMatch(word -> Words.hasPhrase(text, word))) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /**
     * The one option the reply names: by its exact label or value, by a label containing the reply (or the reply
     * containing a label), or by a close misspelling of a label or of a word only that label has. Empty when no
     * option or more than one fits equally well.
     */
    Optional<String> choice(List<Option> options, String raw) {
        String text = Words.fold(Words.normalise(raw));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Predicate<String>> tests = List.of(
                text::equals,
                label -> (text.length() >= 3 && Words.hasPhrase(label, text)) || Words.hasPhrase(text, label),
                label -> DISTANCE.apply(text, label) <= tolerance(label.length()));
        for (Predicate<String> test : tests) {
            Optional<String> found =
                    unique(options, option -> option.labels().stream().anyMatch(test));
            if (found.isPresent() || ambiguous(options, test)) {
                return found;
            }
        }
        return unique(
                options,
                option -> distinctiveWordsOf(option, options).stream()
                        .anyMatch(word -> tokens(text).stream()
                                .anyMatch(token -> token.length() >= 4
                                        && DISTANCE.apply(token, word) <= tolerance(word.length()))));
    }

    /** Every option a set reply names, separated by commas or "and"; empty when any part names none. */
    Optional<List<String>> choices(List<Option> options, String raw) {
        Set<String> values = new LinkedHashSet<>();
        Optional<String> whole = choice(options, raw);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        for (String part : SET_SEPARATORS.split(raw.strip())) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> value = choice(options, part);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(values));
    }

    /** One choice with the labels it may be called by (every language, and its value in words). */
    record Option(String value, List<String> labels) {

        static Option of(String value, Collection<String> labels) {
            Set<String> all = new LinkedHashSet<>();
            all.add(Words.fold(Words.normalise(value)));
            labels.forEach(label -> all.add(Words.fold(Words.normalise(label))));
            all.remove("");
            return new Option(value, List.copyOf(all));
        }
    }

    private static boolean ambiguous(List<Option> options, Predicate<String> test) {
        return options.stream()
                        .filter(option -> option.labels().stream().anyMatch(test))
                        .count()
                > 1;
    }

    private static Optional<String> unique(List<Option> options, Predicate<Option> test) {
        List<String> found =
                options.stream().filter(test).map(Option::value).distinct().toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** Words of the option's labels that no other option's labels have ("työtön" in "Olen työtön", not "olen"). */
    private static Set<String> distinctiveWordsOf(Option option, List<Option> options) {
        Set<String> own = new LinkedHashSet<>();
        option.labels().forEach(label -> own.addAll(tokens(label)));
        for (Option other : options) {
            if (other != option) {
                other.labels().forEach(label -> tokens(label).forEach(own::remove));
            }
        }
        own.removeIf(word -> word.length() < 4);
        return own;
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    /** How many edits still count as a misspelling of a word or label this long. */
    private static int tolerance(int length) {
        if (length <= 3) {
            return 0;
        }
        if (length <= 5) {
            return 1;
        }
        return length <= 9 ? 2 : 3;
    }

    private boolean anyWord(String text, Set<String> phrases) {
        return phrases.stream().anyMatch(phrase -> Words.hasPhrase(text, phrase));
    }

    /**
     * The first run of number words: each word may be several written together. A value adds to the current group; a
     * multiplier of 100 or more closes the group ("kaksi sataa"), a smaller one multiplies it ("neljä kymmentä").
     */
    private Optional<Double> numberInWords(String text) {
        double total = 0;
        double current = 0;
        boolean seen = false;
        for (String token : tokens(text)) {
            Optional<List<String>> parts = split(token);
            if (parts.isEmpty()) {
                if (seen) {
                    break;
                }
                continue;
            }
            seen = true;
            for (String part : parts.get()) {
                Double multiplier = words.multipliers().get(part);
                if (multiplier == null) {
                    current += words.numbers().get(part);
                } else if (multiplier >= 100) {
                    total += Math.max(current, 1) * multiplier;
                    current = 0;
                } else {
                    current = Math.max(current, 1) * multiplier;
                }
            }
        }
        return seen ? Optional.of(total + current) : Optional.empty();
    }

    /** The token as a sequence of number words, longest words first; empty when it is not made of them. */
    private Optional<List<String>> split(String token) {
        if (token.isEmpty()) {
            return Optional.of(List.of());
        }
        List<String> candidates = new ArrayList<>();
        for (Map<String, Double> dictionary : List.of(words.numbers(), words.multipliers())) {
            dictionary.keySet().stream().filter(token::startsWith).forEach(candidates::add);
        }
        candidates.sort((a, b) -> b.length() - a.length());
        for (String word : candidates) {
            Optional<List<String>> rest = split(token.substring(word.length()));
            if (rest.isPresent()) {
                List<String> parts = new ArrayList<>();
                parts.add(word);
                parts.addAll(rest.get());
                return Optional.of(parts);
            }
        }
        return Optional.empty();
    }
}

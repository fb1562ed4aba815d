package fi.polku.assistant.referral;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.LocalizedText;
import fi.polku.segmentation.yaml.StrictYaml;
import fi.polku.segmentation.yaml.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The initial interview's own topics ({@code referral/initial-interview.yml}) and which screening items cover them. */
public final class InterviewQuestions {

    private final List<Question> questions;

    private InterviewQuestions(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    /** The bundled topics, read with the strict YAML 1.2 layer (unknown keys or wrong types name file and line). */
    public static InterviewQuestions bundled() {
        String file = "referral/initial-interview.yml";
        try (InputStream in = InterviewQuestions.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the classpath");
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InterviewQuestions parse(String file, String text) {
        List<Question> questions = new ArrayList<>();
        for (YamlMap entry :
                StrictYaml.parse(file, text).allowOnly(Set.of("questions")).maps("questions")) {
            String id = entry.string("id");
            YamlMap yaml = entry.named(id).allowOnly(Set.of("id", "covered_by", "text"));
            LocalizedText texts = yaml.text("text");
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                byLanguage.put(language, texts.in(language));
            }
            questions.add(new Question(id, yaml.strings("covered_by"), byLanguage));
        }
        return new InterviewQuestions(questions);
    }

    /** The ids of the topics none of whose covering items was answered. */
    public List<String> stillToAsk(Set<String> answered) {
        return questions.stream()
                .filter(question -> question.coveredBy().stream().noneMatch(answered::contains))
                .map(Question::id)
                .toList();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** One topic of the interview. */
    public record Question(String id, List<String> coveredBy, Map<Language, String> text) {

        public String text(Language language) {
            return text.getOrDefault(language, text.getOrDefault(Language.FI, id));
        }
    }
}

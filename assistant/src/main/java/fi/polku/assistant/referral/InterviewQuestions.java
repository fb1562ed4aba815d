package fi.polku.assistant.referral;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The initial interview's own topics ({@code referral/initial-interview.yml}) and which screening items cover them. */
public final class InterviewQuestions {

    private final List<Question> questions;

    private InterviewQuestions(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    /** The bundled topics. */
    public static InterviewQuestions bundled() {
        try (InputStream in = InterviewQuestions.class.getResourceAsStream("/referral/initial-interview.yml")) {
            if (in == null) {
                throw new IOException("referral/initial-interview.yml is missing from the classpath");
            }
            Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Question> questions = new ArrayList<>();
            for (Object entry : (List<?>) root.get("questions")) {
                Map<?, ?> yaml = (Map<?, ?>) entry;
                Map<Language, String> text = new EnumMap<>(Language.class);
                ((Map<?, ?>) yaml.get("text"))
                        .forEach((lang, value) ->
                                text.put(Language.fromTag(String.valueOf(lang)), String.valueOf(value)));
                List<String> coveredBy = ((List<?>) yaml.get("covered_by"))
                        .stream().map(String::valueOf).toList();
                questions.add(new Question(String.valueOf(yaml.get("id")), coveredBy, text));
            }
            return new InterviewQuestions(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package fi.polku.segmentation.instrument;

import java.util.List;

/** The result of validating raw answers: the accepted, normalised answers and every error found. */
public record AnswerCheck(Answers answers, List<AnswerError> errors) {

    public AnswerCheck {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}

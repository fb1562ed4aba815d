package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A refused API request, answered as a problem detail that lists every bad field. */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> errors;
    private final Language language;

    private ApiProblem(HttpStatus status, List<FieldProblem> errors, Language language) {
        // no stack trace: this is an answer, not a fault
        super(status.getReasonPhrase(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.language = language;
    }

    /** 400: the request has these bad fields; the messages are in the language. */
    public static ApiProblem badRequest(List<FieldProblem> errors, Language language) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, errors, language);
    }

    /** 404: nothing is found by the field (an id), e.g. unknown or expired. */
    public static ApiProblem notFound(FieldProblem error, Language language) {
        return new ApiProblem(HttpStatus.NOT_FOUND, List.of(error), language);
    }

    public Language language() {
        return language;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}

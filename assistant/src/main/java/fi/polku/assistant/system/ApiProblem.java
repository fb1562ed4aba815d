package fi.polku.assistant.system;

import fi.polku.segmentation.Language;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refused API request, answered as a problem detail that lists every bad field. */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> errors;
    private final Language language;
    private final Map<String, Object> properties;

    private ApiProblem(
            HttpStatus status, List<FieldProblem> errors, Language language, Map<String, Object> properties) {
        // no stack trace: this is an answer, not a fault
        super(status.getReasonPhrase(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.language = language;
        this.properties = Map.copyOf(properties);
    }

    private ApiProblem(HttpStatus status, List<FieldProblem> errors, Language language) {
        this(status, errors, language, Map.of());
    }

    /** 400: the request has these bad fields; the messages are in the language. */
    public static ApiProblem badRequest(List<FieldProblem> errors, Language language) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, errors, language);
    }

    /** 404: nothing is found by the field (an id), e.g. unknown or expired. */
    public static ApiProblem notFound(FieldProblem error, Language language) {
        return new ApiProblem(HttpStatus.NOT_FOUND, List.of(error), language);
    }

    /** 403: the request names something that exists but may not be used this way, e.g. with a wrong token. */
    public static ApiProblem forbidden(FieldProblem error, Language language) {
        return new ApiProblem(HttpStatus.FORBIDDEN, List.of(error), language);
    }

    /** 409: the request conflicts with the current state; the properties become extension members (e.g. slots). */
    public static ApiProblem conflict(FieldProblem error, Language language, Map<String, Object> properties) {
        return new ApiProblem(HttpStatus.CONFLICT, List.of(error), language, properties);
    }

    /**
     * 503: a system the answer depends on cannot be reached now; the error says what to do instead and the properties
     * become extension members (e.g. a phone number).
     */
    public static ApiProblem unavailable(FieldProblem error, Language language, Map<String, Object> properties) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, List.of(error), language, properties);
    }

    /** Extension members besides {@code errors}. */
    public Map<String, Object> properties() {
        return properties;
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

package fi.polku.assistant.system;

/** One bad field of a request: its id or parameter name and what is allowed, in the asked language. */
public record FieldProblem(String field, String message) {}

package fi.polku.segmentation.instrument;

/** One rejected answer: the id of the field and, in the asked language, what is allowed. */
public record AnswerError(String field, String message) {}

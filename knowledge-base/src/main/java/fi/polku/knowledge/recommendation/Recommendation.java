package fi.polku.knowledge.recommendation;

/** A recommended service with a plain-language reason in the resident's language. */
public record Recommendation(String id, String title, String why, double score) {}

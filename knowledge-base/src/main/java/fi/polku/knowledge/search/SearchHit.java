package fi.polku.knowledge.search;

/** One found service: its title and an HTML-escaped snippet with the hits wrapped in {@code <mark>}. */
public record SearchHit(String id, String title, String snippet, double score) {}

package fi.polku.segmentation.crisis;

/** One crisis contact in one language: who, which number or address, when open, and a note. */
public record CrisisContact(String id, String name, String number, String hours, String note) {}

package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;

/** What the detector found: the category (e.g. {@code suicide}), the phrase list's language and the pattern. */
public record CrisisSignal(String category, Language language, String phrase) {}

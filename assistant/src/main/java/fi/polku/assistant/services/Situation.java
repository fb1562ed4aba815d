package fi.polku.assistant.services;

import fi.polku.segmentation.LocalizedText;

/**
 * A life situation to browse from: its texts, the search it leads to, and the questionnaire section that fits it.
 *
 * @param section the id of a questionnaire section
 */
public record Situation(String id, LocalizedText title, LocalizedText text, LocalizedText query, String section) {}

package fi.polku.segmentation.instrument;

import fi.polku.segmentation.LocalizedText;

/** One allowed value of an enum or set item, with its label. */
public record Choice(String value, LocalizedText label) {}

package fi.polku.segmentation.instrument;

import org.jspecify.annotations.Nullable;

/** A municipality the product knows: its slug, Statistics Finland code (null for {@code other}) and names. */
public record Municipality(String slug, @Nullable String code, String nameFi, String nameSv) {}

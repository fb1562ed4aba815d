/**
 * Aggregate figures for managers and partners, never people: day-bucketed counts of screenings, bookings and
 * referral outcomes by source, age group, segment and target (no ids, texts or contact data), kept for
 * {@code polku.figures.retention}; {@code GET /api/stats} and the {@code /partners} page show them with small cells
 * suppressed.
 */
@NullMarked
package fi.polku.assistant.figures;

import org.jspecify.annotations.NullMarked;

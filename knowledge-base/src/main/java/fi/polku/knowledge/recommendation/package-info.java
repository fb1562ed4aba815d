/**
 * The transparent, profile-based recommendation of services after a screening.
 *
 * <ul>
 *   <li>{@link fi.polku.knowledge.recommendation.ProfileQuery}: what the screening tells (typed vocabulary).
 *   <li>{@link fi.polku.knowledge.recommendation.Background}: the background answers (age, employment status, goal,
 *       current services, registered job seeker) that act through each service's eligibility.
 *   <li>{@link fi.polku.knowledge.recommendation.Recommender}: scores services by their tags.
 *   <li>{@link fi.polku.knowledge.recommendation.BackgroundFit}: how the background answers meet a service's
 *       eligibility (left out, or extra points and reasons).
 *   <li>{@link fi.polku.knowledge.recommendation.Recommendation}: a service with its reason.
 *   <li>{@link fi.polku.knowledge.recommendation.WhyTexts}: the reason in the resident's language, from
 *       {@code recommendations*.properties}.
 * </ul>
 */
@NullMarked
package fi.polku.knowledge.recommendation;

import org.jspecify.annotations.NullMarked;

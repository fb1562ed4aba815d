/**
 * The service catalogue: service descriptions loaded from one YAML file per service, validated against the shared
 * vocabulary, with their Markdown rendered to sanitised HTML, their channels per municipality
 * ({@link fi.polku.knowledge.catalogue.LocalChannels}) and who they are for
 * ({@link fi.polku.knowledge.catalogue.Eligibility}).
 */
@NullMarked
package fi.polku.knowledge.catalogue;

import org.jspecify.annotations.NullMarked;

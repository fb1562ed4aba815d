/**
 * The service catalogue: service descriptions loaded from one YAML file per service, validated against the shared
 * vocabulary, with their Markdown rendered to sanitised HTML.
 */
@NullMarked
package fi.polku.knowledge.catalogue;

import org.jspecify.annotations.NullMarked;

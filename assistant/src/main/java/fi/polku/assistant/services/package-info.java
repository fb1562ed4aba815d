/**
 * The service catalogue over HTTP, as JSON and as pages: free-text search, one service's description in the asked
 * language, and browsing by life situation (the situations are data beside the services).
 */
@NullMarked
package fi.polku.assistant.services;

import org.jspecify.annotations.NullMarked;

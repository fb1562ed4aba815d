/** The service catalogue over HTTP: free-text search and one service's description in the asked language. */
@NullMarked
package fi.polku.assistant.services;

import org.jspecify.annotations.NullMarked;

/** The knowledge base: service descriptions as data, and the Lucene index, search and recommendation over them. */
@NullMarked
package fi.polku.knowledge;

import org.jspecify.annotations.NullMarked;

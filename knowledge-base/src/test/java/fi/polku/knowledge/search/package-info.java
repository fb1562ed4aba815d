/** Tests of search, snippets and recommendation. */
@NullMarked
package fi.polku.knowledge.search;

import org.jspecify.annotations.NullMarked;

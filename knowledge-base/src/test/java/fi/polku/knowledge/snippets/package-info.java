/** Tests of snippets and their custom highlighter pieces. */
@NullMarked
package fi.polku.knowledge.snippets;

import org.jspecify.annotations.NullMarked;

/**
 * Search analysis shared by the languages: the chain every language plugs its word lists and stemmer into, and the
 * loading of word lists kept as commented plain text beside each language's package.
 */
@NullMarked
package fi.polku.knowledge.analysis;

import org.jspecify.annotations.NullMarked;

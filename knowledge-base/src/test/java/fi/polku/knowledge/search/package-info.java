/** Tests of keyword search: query building, typo matching, and the oracle tests of every custom piece. */
@NullMarked
package fi.polku.knowledge.search;

import org.jspecify.annotations.NullMarked;

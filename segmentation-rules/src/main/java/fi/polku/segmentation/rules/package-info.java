/**
 * The rule book: the rule folder (instrument, derived facts, decision rules, test cases, crisis phrases and
 * contacts, municipalities) loaded, checked and run. Rule conditions are SpEL expressions in a sandbox whose parsed
 * tree is checked at load.
 */
@NullMarked
package fi.polku.segmentation.rules;

import org.jspecify.annotations.NullMarked;

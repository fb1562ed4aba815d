/**
 * The one strict YAML layer of Polku's data files (rule files, service files, and the application's calendars,
 * interview questions, life situations and chat word lists): YAML 1.2 (core schema) read by snakeyaml-engine into
 * nodes, never objects, with every error naming file, line and key. {@link StrictYaml} parses a file, {@link YamlMap}
 * reads a mapping's keys, {@link YamlProblem} is the one error type.
 */
@NullMarked
package fi.polku.segmentation.yaml;

import org.jspecify.annotations.NullMarked;

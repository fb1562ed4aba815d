/**
 * The one strict YAML layer of Polku's data folders (rule files and service files): YAML 1.2 (core schema) read by
 * snakeyaml-engine into nodes, never objects, with every error naming file, line and key. {@link StrictYaml} parses
 * a file, {@link YamlMap} reads a mapping's keys, {@link YamlProblem} is the one error type.
 */
@NullMarked
package fi.polku.segmentation.yaml;

import org.jspecify.annotations.NullMarked;

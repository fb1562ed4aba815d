package fi.polku.segmentation.rules;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Composes a rule file into SnakeYAML nodes, never objects: no tag can instantiate a class, duplicate keys and alias
 * bombs are refused, and a syntax error names the file and line.
 */
final class YamlFile {

    private YamlFile() {}

    /** Parses a whole file whose top level must be a mapping. */
    static YamlMap parse(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RuleBookException(file, null, line, "YAML syntax error: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new RuleBookException(file, null, 0, "YAML error: " + e.getMessage(), e);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new RuleBookException(
                    file, null, root == null ? 0 : YamlMap.line(root), "expected a mapping of keys");
        }
        return new YamlMap(file, null, mapping);
    }
}

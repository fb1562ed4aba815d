package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.yaml.YamlMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the text block of one language ({@code fi:}, {@code sv:}, {@code en:}) of a service file. */
final class ServiceTextReader {

    private static final Set<String> KEYS =
            Set.of("title", "summary", "target_groups", "description", "keywords", "phrases");

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Nullable
    ServiceText read(YamlMap root, Language lang, boolean required) {
        YamlMap block = root.optionalMap(lang.tag());
        if (block == null) {
            if (required) {
                throw root.error(lang.tag(), "missing required language block '" + lang.tag() + ":'");
            }
            return null;
        }
        block.allowOnly(KEYS);
        String description = block.string("description");
        return new ServiceText(
                lang,
                block.string("title"),
                block.string("summary"),
                description,
                markdown.toHtml(description),
                block.nonEmptyStrings("target_groups"),
                block.nonEmptyStrings("keywords"),
                block.nonEmptyStrings("phrases"));
    }
}

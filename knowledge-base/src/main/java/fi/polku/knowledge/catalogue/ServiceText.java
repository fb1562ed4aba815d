package fi.polku.knowledge.catalogue;

import fi.polku.segmentation.Language;
import java.util.List;

/** The texts of one service in one language: title, summary, description (Markdown and sanitised HTML) and search words. */
public record ServiceText(
        Language language,
        String title,
        String summary,
        String descriptionMarkdown,
        String descriptionHtml,
        List<String> targetGroups,
        List<String> keywords,
        List<String> phrases) {

    public ServiceText {
        targetGroups = List.copyOf(targetGroups);
        keywords = List.copyOf(keywords);
        phrases = List.copyOf(phrases);
    }
}

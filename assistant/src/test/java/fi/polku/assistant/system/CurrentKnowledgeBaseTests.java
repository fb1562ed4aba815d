package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service index from {@code polku.catalogue.path} is rebuilt on a valid edit and kept on an invalid one. */
class CurrentKnowledgeBaseTests {

    @TempDir
    Path catalogue;

    @Test
    void rebuildsTheIndexWhenAServiceFileChanges() throws IOException {
        CurrentKnowledgeBase knowledgeBase = loaded();
        Path workTrial = catalogue.resolve("tyokokeilu.yml");

        BundledFolders.replace(workTrial, "  title: Työkokeilu\n", "  title: Työkokeilu (päivitetty)\n");

        assertThat(knowledgeBase.reload()).isTrue();
        assertThat(title(knowledgeBase)).isEqualTo("Työkokeilu (päivitetty)");
    }

    @Test
    void keepsThePreviousIndexWhenAnEditIsInvalid() throws IOException {
        CurrentKnowledgeBase knowledgeBase = loaded();

        Files.writeString(
                catalogue.resolve("tyokokeilu.yml"), "no_such_key: 1\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(knowledgeBase.reload()).isFalse();
        assertThat(title(knowledgeBase)).isEqualTo("Työkokeilu");
    }

    @Test
    void refusesToStartFromAnInvalidCatalogue() throws IOException {
        BundledFolders.copy(BundledFolders.SERVICES, catalogue);
        Files.writeString(
                catalogue.resolve("tyokokeilu.yml"), "no_such_key: 1\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(new CurrentKnowledgeBase(catalogue)::load).hasMessageContaining("tyokokeilu.yml");
    }

    private CurrentKnowledgeBase loaded() throws IOException {
        BundledFolders.copy(BundledFolders.SERVICES, catalogue);
        CurrentKnowledgeBase knowledgeBase = new CurrentKnowledgeBase(catalogue);
        knowledgeBase.load();
        assertThat(title(knowledgeBase)).isEqualTo("Työkokeilu");
        return knowledgeBase;
    }

    private static String title(CurrentKnowledgeBase knowledgeBase) {
        return knowledgeBase
                .get()
                .catalogue()
                .find("tyokokeilu")
                .orElseThrow()
                .text(Language.FI)
                .title();
    }
}

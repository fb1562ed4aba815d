package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.segmentation.Language;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A search that gives the resident's age leaves out services whose age range does not hold it (issue 7). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgeFilterTests {

    private KnowledgeBase kb;

    @BeforeAll
    void build() {
        kb = KnowledgeBase.build(ServiceCatalogue.loadBundled());
    }

    @AfterAll
    void close() {
        kb.close();
    }

    private List<String> search(String text, @Nullable Integer age) {
        return kb.search(new SearchRequest(text, Language.FI, 20, null, null, age)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void leavesOutYouthServicesForAnOlderResident() {
        assertThat(search("ohjaamo etsivä nuorisotyö nuoret", 45)).doesNotContain("ohjaamo", "etsiva-nuorisotyo");
    }

    @Test
    void keepsThemForAYoungResidentAndWhenNoAgeIsGiven() {
        assertThat(search("ohjaamo etsivä nuorisotyö nuoret", 22)).contains("ohjaamo", "etsiva-nuorisotyo");
        assertThat(search("ohjaamo etsivä nuorisotyö nuoret", null)).contains("ohjaamo", "etsiva-nuorisotyo");
    }

    @Test
    void holdsBothEndsOfTheRange() {
        assertThat(search("vammaistuki", 15)).doesNotContain("vammaistuki");
        assertThat(search("vammaistuki", 16)).contains("vammaistuki");
        assertThat(search("ohjaamo", 29)).contains("ohjaamo");
        assertThat(search("ohjaamo", 30)).doesNotContain("ohjaamo");
    }

    @Test
    void keepsServicesWithoutAnAgeRangeForEveryAge() {
        assertThat(search("työkokeilu", 15)).contains("tyokokeilu");
        assertThat(search("työkokeilu", 70)).contains("tyokokeilu");
    }
}

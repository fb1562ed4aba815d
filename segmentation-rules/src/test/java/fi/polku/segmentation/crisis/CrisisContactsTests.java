package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Municipality;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crisis contacts are complete in fi, sv and en, dated, and point every municipality to its emergency service. */
class CrisisContactsTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();
    private static final CrisisContacts CONTACTS = BOOK.crisisContacts();

    @Test
    void everyContactIsCompleteInEveryLanguageAndDated() {
        assertThat(CONTACTS.entries()).isNotEmpty().allSatisfy(entry -> {
            for (Language lang : Language.values()) {
                assertThat(entry.name().in(lang))
                        .as(entry.id() + " name " + lang)
                        .isNotBlank();
                assertThat(entry.hours().in(lang))
                        .as(entry.id() + " hours " + lang)
                        .isNotBlank();
                assertThat(entry.note().in(lang))
                        .as(entry.id() + " note " + lang)
                        .isNotBlank();
            }
            assertThat(List.of(
                            entry.name().fi(), entry.name().sv(), entry.name().en()))
                    .as(entry.id() + ": every language written, none left to fall back to Finnish")
                    .allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(entry.number()).as(entry.id() + " number").isNotBlank();
            assertThat(entry.checked()).matches("\\d{4}-\\d{2}-\\d{2}");
            if (entry.verified()) {
                assertThat(entry.source())
                        .as(entry.id() + ": a verified contact names its source")
                        .isNotBlank();
            }
        });
    }

    @Test
    void listsTheMieliLinesInSwedishAndOtherLanguagesAndOneSekasinAddress() {
        List<CrisisContact> contacts = CONTACTS.in(Language.SV);

        assertThat(contacts)
                .extracting(CrisisContact::id)
                .startsWith("emergency")
                .contains(
                        "mieli-crisis-helpline",
                        "mieli-crisis-helpline-sv",
                        "mieli-crisis-helpline-other-languages",
                        "sekasin-chat");
        assertThat(contacts)
                .filteredOn(c -> c.id().equals("mieli-crisis-helpline-sv"))
                .singleElement()
                .satisfies(c -> assertThat(c.number()).isEqualTo("09 2525 0112"));
        assertThat(contacts.stream().filter(c -> c.id().startsWith("sekasin"))).hasSize(1);
        assertThat(contacts.stream().filter(c -> c.number().contains("sekasin247.fi")))
                .hasSize(1);
    }

    @Test
    void pointsEveryKnownMunicipalityToItsSocialAndCrisisEmergencyService() {
        for (Municipality municipality : BOOK.municipalities().all()) {
            List<String> serving = CONTACTS.entries().stream()
                    .filter(e -> e.municipalities().contains(municipality.slug()))
                    .map(CrisisContacts.Entry::id)
                    .toList();
            assertThat(serving).as(municipality.slug()).hasSize(1);
        }
        assertThat(CONTACTS.in(Language.FI, "oulu").getLast().id()).isEqualTo("social-emergency-pohde");
        assertThat(CONTACTS.in(Language.EN, "vaasa").getLast().name()).contains("Ostrobothnia");
        assertThat(CONTACTS.in(Language.FI, "no-such-place").getLast().id()).isEqualTo("social-emergency-other");
        assertThat(CONTACTS.in(Language.FI).getLast().number()).isEqualTo("112");
    }

    @Test
    void marksWhatWasNotConfirmedAsUnverified() {
        assertThat(CONTACTS.entries())
                .filteredOn(e -> !e.verified())
                .extracting(CrisisContacts.Entry::id)
                .contains("sekasin-chat", "mieli-crisis-helpline-other-languages");
    }
}

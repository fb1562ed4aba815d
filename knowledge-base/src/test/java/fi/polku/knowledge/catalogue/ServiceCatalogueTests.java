package fi.polku.knowledge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceCatalogueTests {

    static Path validFolder() {
        try {
            return Path.of(
                    ServiceCatalogueTests.class.getResource("/catalogue/valid").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsEveryServiceFileOfAFolder() {
        ServiceCatalogue catalogue = ServiceCatalogue.load(validFolder());
        assertThat(catalogue.all())
                .extracting(ServiceDescription::id)
                .containsExactly("kriisiapu", "mielenterveyspalvelut", "talous-ja-velkaneuvonta", "tyokokeilu");
        ServiceDescription trial = catalogue.find("tyokokeilu").orElseThrow();
        assertThat(trial.segments()).containsExactlyInAnyOrder(Segment.SERVICE_GUIDANCE, Segment.WORK_ABILITY_TEAM);
        assertThat(trial.text(Language.SV).title()).isEqualTo("Arbetsprövning");
        assertThat(trial.channels().getFirst().label(Language.EN)).isEqualTo("Job Market Finland");
        assertThat(trial.source()).isEqualTo("bundled");
    }

    @Test
    void readsUnquotedYesNoAndOnAsText(@TempDir Path folder) throws IOException {
        String original = Files.readString(validFolder().resolve("tyokokeilu.yml"));
        Files.writeString(
                folder.resolve("tyokokeilu.yml"),
                original.replace("keywords: [työkokeilu, kokeilu]", "keywords: [työkokeilu, kokeilu, yes, no, on]"));

        ServiceDescription trial =
                ServiceCatalogue.load(folder).find("tyokokeilu").orElseThrow();

        assertThat(trial.text(Language.FI).keywords()).containsExactly("työkokeilu", "kokeilu", "yes", "no", "on");
    }

    @Test
    void fallsBackToFinnishWhenALanguageIsMissing() {
        ServiceDescription debt = ServiceCatalogue.load(validFolder())
                .find("talous-ja-velkaneuvonta")
                .orElseThrow();
        assertThat(debt.text(Language.EN).language()).isEqualTo(Language.FI);
        assertThat(debt.text(Language.EN).title()).isEqualTo("Talous- ja velkaneuvonta");
    }

    @Test
    void rendersMarkdownToSanitisedHtml() {
        ServiceCatalogue catalogue = ServiceCatalogue.load(validFolder());
        assertThat(catalogue.find("tyokokeilu").orElseThrow().text(Language.FI).descriptionHtml())
                .contains("<strong>työpaikalla</strong>");
        assertThat(catalogue
                        .find("mielenterveyspalvelut")
                        .orElseThrow()
                        .text(Language.FI)
                        .descriptionHtml())
                .doesNotContain("<script>");
    }

    @Test
    void tellsWhereAServiceIsAvailable() {
        ServiceCatalogue catalogue = ServiceCatalogue.load(validFolder());
        assertThat(catalogue.find("tyokokeilu").orElseThrow().availableIn("vaasa"))
                .isTrue();
        assertThat(catalogue.find("mielenterveyspalvelut").orElseThrow().availableIn("oulu"))
                .isTrue();
        assertThat(catalogue.find("mielenterveyspalvelut").orElseThrow().availableIn("vaasa"))
                .isFalse();
    }

    @Test
    void readsLocalChannelsAndEligibility() {
        ServiceDescription trial =
                ServiceCatalogue.load(validFolder()).find("tyokokeilu").orElseThrow();
        assertThat(trial.localChannels("vaasa").orElseThrow().checked()).isEqualTo("unverified");
        assertThat(trial.channelsFor("vaasa"))
                .extracting(Channel::value)
                .containsExactly("040 000 0000", "https://tyomarkkinatori.fi");
        assertThat(trial.channelsFor("oulu")).extracting(Channel::value).containsExactly("https://tyomarkkinatori.fi");
        assertThat(trial.channelsFor(null)).extracting(Channel::value).containsExactly("https://tyomarkkinatori.fi");
        assertThat(trial.eligibility().admitsAge(15)).isFalse();
        assertThat(trial.eligibility().admitsAge(16)).isTrue();
        assertThat(trial.eligibility().admitsAge(null)).isTrue();
        assertThat(trial.eligibility().firstForStatus("unemployed")).isTrue();
        assertThat(trial.eligibility().firstForStatus("employed")).isFalse();
    }

    @Test
    void leavesAServiceWithoutEligibilityOpenToEveryone() {
        ServiceDescription services = ServiceCatalogue.load(validFolder())
                .find("mielenterveyspalvelut")
                .orElseThrow();
        assertThat(services.eligibility()).isEqualTo(Eligibility.OPEN);
        assertThat(services.local()).isEmpty();
    }

    /** The edges that must still load: the validator's limits are inclusive (PIT found them untested). */
    @Nested
    class AcceptsTheEdges {

        @TempDir
        Path folder;

        private ServiceDescription trialWith(String from, String to) throws IOException {
            String original = Files.readString(validFolder().resolve("tyokokeilu.yml"));
            String changed = original.replace(from, to);
            assertThat(changed).as("fixture edit applies").isNotEqualTo(original);
            Files.writeString(folder.resolve("tyokokeilu.yml"), changed);
            return ServiceCatalogue.load(folder).find("tyokokeilu").orElseThrow();
        }

        @Test
        void agesFromZeroToAHundredAndTwenty() throws IOException {
            Eligibility eligibility =
                    trialWith("min_age: 16", "min_age: 0\n  max_age: 120").eligibility();
            assertThat(eligibility.minAge()).isZero();
            assertThat(eligibility.maxAge()).isEqualTo(120);
        }

        @Test
        void aMinimumAgeEqualToTheMaximum() throws IOException {
            Eligibility eligibility =
                    trialWith("min_age: 16", "min_age: 30\n  max_age: 30").eligibility();
            assertThat(eligibility.admitsAge(30)).isTrue();
            assertThat(eligibility.admitsAge(31)).isFalse();
        }

        @Test
        void aFirstForAgeRangeOfOneYear() throws IOException {
            Eligibility eligibility = trialWith("min_age: 16", "min_age: 16\n  first_for_age: {min: 17, max: 17}")
                    .eligibility();
            assertThat(eligibility.firstForAge()).isEqualTo(new Eligibility.AgeRange(17, 17));
        }

        @Test
        void aFolderWithOtherFilesBesideTheServiceFiles() throws IOException {
            Files.copy(validFolder().resolve("tyokokeilu.yml"), folder.resolve("tyokokeilu.yml"));
            Files.writeString(folder.resolve("README.md"), "# notes: not a service\n");
            Files.writeString(folder.resolve("tyokokeilu.yml.bak"), "not: yaml: at all");
            assertThat(ServiceCatalogue.load(folder).all())
                    .extracting(ServiceDescription::id)
                    .containsExactly("tyokokeilu");
        }

        @Test
        void aWholeFileProblemWithoutALineNumber() {
            CatalogueException e = new CatalogueException("services/x.yml", 0, null, "is empty");
            assertThat(e.getMessage()).isEqualTo("services/x.yml: is empty");
            assertThat(new CatalogueException("services/x.yml", 1, "id", "bad").getMessage())
                    .isEqualTo("services/x.yml line 1 (id): bad");
        }

        @Test
        void theBookingTargetAsWritten() throws IOException {
            assertThat(trialWith("booking_target: SERVICE_GUIDANCE", "booking_target: WORK_ABILITY_TEAM")
                            .bookingTarget())
                    .isEqualTo(BookingTarget.WORK_ABILITY_TEAM);
            assertThat(ServiceCatalogue.load(validFolder())
                            .find("tyokokeilu")
                            .orElseThrow()
                            .bookingTarget())
                    .isEqualTo(BookingTarget.SERVICE_GUIDANCE);
        }
    }

    @Nested
    class Rejects {

        @Test
        void localChannelsTwiceForOneMunicipality() throws IOException {
            CatalogueException e = loadWith(
                    "local:\n  - municipality: vaasa",
                    "local:\n  - municipality: vaasa\n    checked: unverified\n    channels: [{type: web, value: x}]"
                            + "\n  - municipality: vaasa");
            assertThat(e.field()).isEqualTo("local[1].municipality");
            assertThat(e.getMessage()).contains("twice");
        }

        @Test
        void aMalformedLocalMunicipality() throws IOException {
            assertThat(loadWith("municipality: vaasa", "municipality: Vaasa").field())
                    .isEqualTo("local[0].municipality");
            assertThat(loadWith("municipality: vaasa", "municipality: nationwide")
                            .field())
                    .isEqualTo("local[0].municipality");
        }

        @Test
        void localChannelsWhereTheServiceIsNotOffered() throws IOException {
            CatalogueException e = loadWith("municipalities: [nationwide]", "municipalities: [oulu]");
            assertThat(e.field()).isEqualTo("local[0].municipality");
            assertThat(e.getMessage()).contains("not offered in 'vaasa'");
        }

        @Test
        void localChannelsWithoutAChannelOrACheck() throws IOException {
            CatalogueException empty = loadWith(
                    "    channels:\n      - {type: phone, value: \"040 000 0000\", label: {fi: Vaasan työllisyyspalvelut}}",
                    "    channels: []");
            assertThat(empty.field()).isEqualTo("local[0].channels");
            assertThat(empty.getMessage()).contains("at least one channel");
            assertThat(loadWith("    checked: unverified\n    unverified: [the phone", "    unverified: [the phone")
                            .field())
                    .isEqualTo("local[0].checked");
        }

        @Test
        void anAgeThatIsNoNumberOrOutOfRange() throws IOException {
            assertThat(loadWith("min_age: 16", "min_age: sixteen").field()).isEqualTo("eligibility.min_age");
            assertThat(loadWith("min_age: 16", "min_age: 1.5").field()).isEqualTo("eligibility.min_age");
            assertThat(loadWith("min_age: 16", "min_age: -1").field()).isEqualTo("eligibility.min_age");
            assertThat(loadWith("min_age: 16", "min_age: 121").field()).isEqualTo("eligibility.min_age");
        }

        @Test
        void aMaximumAgeBelowTheMinimum() throws IOException {
            assertThat(loadWith("min_age: 16", "min_age: 30\n  max_age: 29").field())
                    .isEqualTo("eligibility.max_age");
        }

        @Test
        void anUnknownEmploymentStatus() throws IOException {
            CatalogueException e = loadWith("[unemployed]", "[jobless]");
            assertThat(e.field()).isEqualTo("eligibility.first_for_employment_status");
            assertThat(e.getMessage()).contains("sick_leave");
        }

        @Test
        void anUnknownCurrentServiceOrGoal() throws IOException {
            CatalogueException service = loadWith("first_for_employment_status: [unemployed]", "not_when_using: [gym]");
            assertThat(service.field()).isEqualTo("eligibility.not_when_using");
            assertThat(service.getMessage()).contains("mental_health_services");
            CatalogueException goal = loadWith("first_for_employment_status: [unemployed]", "fits_goals: [fame]");
            assertThat(goal.field()).isEqualTo("eligibility.fits_goals");
            assertThat(goal.getMessage()).contains("pension_assessment");
        }

        @Test
        void aFirstForAgeRangeWithoutBothEnds() throws IOException {
            assertThat(loadWith("min_age: 16", "first_for_age: {min: 15}").field())
                    .isEqualTo("eligibility.first_for_age");
        }

        @TempDir
        Path folder;

        private CatalogueException loadWith(String from, String to) throws IOException {
            String original = Files.readString(validFolder().resolve("tyokokeilu.yml"));
            String changed = original.replace(from, to);
            assertThat(changed).as("fixture edit applies").isNotEqualTo(original);
            Files.writeString(folder.resolve("tyokokeilu.yml"), changed);
            try {
                ServiceCatalogue.load(folder);
            } catch (CatalogueException e) {
                return e;
            }
            throw new AssertionError("expected a CatalogueException");
        }

        @Test
        void anUnknownKeyNamingFileLineAndKey() throws IOException {
            CatalogueException e = loadWith("provider_type:", "colour: red\nprovider_type:");
            assertThat(e.file()).isEqualTo("services/tyokokeilu.yml");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("colour");
            assertThat(e.getMessage()).startsWith("services/tyokokeilu.yml line 4 (colour): unknown key");
        }

        @Test
        void anUnknownKeyInsideALanguageBlock() throws IOException {
            assertThat(loadWith("  summary: I en", "  sumary: I en").field()).isEqualTo("sv.sumary");
        }

        @Test
        void aMissingSwedishBlock() throws IOException {
            CatalogueException e = loadWith("sv:\n  title: Arbetsprövning", "sx:\n  title: Arbetsprövning");
            assertThat(e.field()).isEqualTo("sx");
            CatalogueException missing = loadWithout("sv");
            assertThat(missing.field()).isEqualTo("sv");
        }

        private CatalogueException loadWithout(String block) throws IOException {
            String original = Files.readString(validFolder().resolve("tyokokeilu.yml"));
            int start = original.indexOf("\n" + block + ":\n") + 1;
            int end = original.indexOf("\nen:\n");
            return loadWith(original.substring(start, end + 1), "");
        }

        @Test
        void anUnknownSegment() throws IOException {
            CatalogueException e = loadWith("WORK_ABILITY_TEAM]", "WORKABILITY]");
            assertThat(e.field()).isEqualTo("segments");
            assertThat(e.line()).isEqualTo(6);
        }

        @Test
        void anUnknownSupportArea() throws IOException {
            assertThat(loadWith("[job_search]", "[jobs]").field()).isEqualTo("support_areas");
        }

        @Test
        void anUnknownProfileArea() throws IOException {
            assertThat(loadWith("[skills, inclusion]", "[skills, mood]").field())
                    .isEqualTo("profile_areas");
        }

        @Test
        void aMalformedMunicipalitySlug() throws IOException {
            assertThat(loadWith("[nationwide]", "[Oulu]").field()).isEqualTo("municipalities");
        }

        @Test
        void brokenYamlWithItsLine() throws IOException {
            CatalogueException e = loadWith("segments: [SERVICE_GUIDANCE,", "segments: [SERVICE_GUIDANCE: {,");
            assertThat(e.getMessage()).contains("broken YAML");
            assertThat(e.line()).isPositive();
        }

        @Test
        void anIdThatDiffersFromTheFileName() throws IOException {
            CatalogueException e = loadWith("id: tyokokeilu", "id: tyokokeilut");
            assertThat(e.field()).isEqualTo("id");
            assertThat(e.getMessage()).contains("differs from the file name");
        }

        @Test
        void aMissingRequiredField() throws IOException {
            CatalogueException e = loadWith("  title: Work trial\n", "");
            assertThat(e.field()).isEqualTo("en.title");
            assertThat(e.getMessage()).contains("missing key 'title'");
        }

        @Test
        void aDuplicateKey() throws IOException {
            assertThat(loadWith("checked: 2026-11-22", "checked: 2026-11-22\nchecked: unverified")
                            .getMessage())
                    .contains("duplicate key");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0x1F", ".inf", "1:30"})
        void aNumberOrTimeWhereADateBelongsNamingFileLineAndKey(String value) throws IOException {
            CatalogueException e = loadWith("checked: 2026-11-22", "checked: " + value);
            assertThat(e.file()).isEqualTo("services/tyokokeilu.yml");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("checked");
            assertThat(e.getMessage()).contains("'" + value + "' is neither an ISO date");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0x1F", ".inf", "1:30", "yes"})
        void aNumberOrWordWhereABookingTargetBelongs(String value) throws IOException {
            CatalogueException e = loadWith("booking_target: SERVICE_GUIDANCE", "booking_target: " + value);
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.field()).isEqualTo("booking_target");
            assertThat(e.getMessage()).contains("unknown booking target '" + value + "'");
        }

        @Test
        void aCheckedValueThatIsNoDate() throws IOException {
            assertThat(loadWith("checked: 2026-11-22", "checked: soon").field()).isEqualTo("checked");
        }

        @Test
        void aDuplicateId() {
            ServiceDescription one =
                    ServiceCatalogue.load(validFolder()).find("kriisiapu").orElseThrow();
            assertThatThrownBy(() -> ServiceCatalogue.of(java.util.List.of(one, one)))
                    .isInstanceOf(CatalogueException.class)
                    .hasMessageContaining("duplicate id");
        }
    }
}

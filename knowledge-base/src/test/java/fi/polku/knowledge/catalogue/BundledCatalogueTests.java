package fi.polku.knowledge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates the bundled service files, the way the build and the application start load them. */
class BundledCatalogueTests {

    private final ServiceCatalogue catalogue = ServiceCatalogue.loadBundled();

    @Test
    void loadsAndValidatesEveryBundledServiceFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("services"))) {
            long count = files.filter(p -> p.toString().endsWith(".yml")).count();
            assertThat(catalogue.all()).hasSize((int) count);
        }
    }

    @Test
    void describesEveryBundledServiceInFinnishAndSwedish() {
        assertThat(catalogue.all()).allSatisfy(service -> {
            assertThat(service.texts()).containsKeys(Language.FI, Language.SV);
            assertThat(service.source()).isEqualTo("bundled");
        });
    }

    @Test
    void shipsEveryServiceOfTheModuleCopyOfTheContract() throws IOException {
        List<String> ids;
        try (InputStream in = getClass().getResourceAsStream("/contract/service-ids.txt")) {
            ids = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(46);
        assertThat(catalogue.all()).extracting(ServiceDescription::id).containsAll(ids);
    }

    @Test
    void shipsEveryServiceOfTheSharedContract() throws IOException {
        Path contract = Path.of("../../shared/contract/service-catalogue.md");
        assumeTrue(Files.isRegularFile(contract), "shared/contract is not present");
        Matcher ids = Pattern.compile("^- `([a-z0-9-]+)`", Pattern.MULTILINE).matcher(Files.readString(contract));
        int count = 0;
        while (ids.find()) {
            count++;
            assertThat(catalogue.find(ids.group(1))).as(ids.group(1)).isPresent();
        }
        assertThat(count).isGreaterThanOrEqualTo(46);
    }

    @Test
    void tellsOccupationalHealthCareApartFromKela() {
        assertThat(catalogue.find("tyoterveysneuvottelu"))
                .get()
                .extracting(ServiceDescription::providerType)
                .isEqualTo("occupational_health");
    }

    /** The municipality question promises local services: the pilots get their own channels (issue 7). */
    @ParameterizedTest
    @ValueSource(strings = {"tyokykytiimi", "palveluohjaus", "ohjaamo", "typ", "tyollisyyspalvelut"})
    void givesEveryPilotMunicipalityItsOwnChannels(String id) {
        ServiceDescription service = catalogue.find(id).orElseThrow();
        for (String pilot : List.of("oulu", "vaasa", "rovaniemi", "kemijarvi")) {
            LocalChannels local = service.localChannels(pilot).orElseThrow(() -> new AssertionError(id + " " + pilot));
            assertThat(local.channels()).isNotEmpty();
            assertThat(service.channelsFor(pilot).getFirst())
                    .isEqualTo(local.channels().getFirst());
        }
    }

    @Test
    void pointsNoResidentOutsideOstrobothniaToItsWellbeingServicesCounty() {
        ServiceDescription team = catalogue.find("tyokykytiimi").orElseThrow();
        assertThat(team.channelsFor("rovaniemi"))
                .extracting(Channel::value)
                .noneMatch(value -> value.contains("pohjanmaanhyvinvointi"));
        assertThat(team.channelsFor("vaasa"))
                .extracting(Channel::value)
                .anyMatch(value -> value.contains("pohjanmaanhyvinvointi"));
    }

    @Test
    void marksEveryLocalEntryCheckedOrUnverified() {
        assertThat(catalogue.all().stream().flatMap(s -> s.local().stream()))
                .isNotEmpty()
                .allSatisfy(local -> assertThat(local.checked()).matches("unverified|\\d{4}-\\d{2}-\\d{2}"));
    }
}

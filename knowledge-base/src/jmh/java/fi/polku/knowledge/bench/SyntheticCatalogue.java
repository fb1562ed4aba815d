package fi.polku.knowledge.bench;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large generated catalogue for benchmarks: variants of the bundled services whose descriptions mix in words from
 * the whole catalogue, so term statistics and posting lists look like a real, larger catalogue (e.g. PTV).
 */
final class SyntheticCatalogue {

    private SyntheticCatalogue() {}

    static ServiceCatalogue of(ServiceCatalogue bundled, int size, long seed) {
        Random random = new Random(seed);
        Map<Language, List<String>> vocabulary = new EnumMap<>(Language.class);
        for (ServiceDescription service : bundled.all()) {
            service.texts().forEach((lang, text) -> vocabulary
                    .computeIfAbsent(lang, l -> new ArrayList<>())
                    .addAll(List.of(text.descriptionMarkdown().split("\\s+"))));
        }
        List<ServiceDescription> services = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ServiceDescription base = bundled.all().get(i % bundled.all().size());
            Map<Language, ServiceText> texts = new EnumMap<>(Language.class);
            int n = i;
            base.texts().forEach((lang, text) -> texts.put(lang, variant(text, vocabulary.get(lang), random, n)));
            List<String> municipalities = random.nextInt(4) == 0
                    ? List.of(ServiceDescription.NATIONWIDE)
                    : List.of("kunta-" + random.nextInt(300));
            services.add(new ServiceDescription(
                    base.id() + "-" + i,
                    base.providerType(),
                    municipalities,
                    base.segments(),
                    base.supportAreas(),
                    base.profileAreas(),
                    base.bookingTarget(),
                    base.channels(),
                    base.checked(),
                    texts,
                    "ptv"));
        }
        return ServiceCatalogue.of(services);
    }

    private static ServiceText variant(ServiceText text, List<String> vocabulary, Random random, int n) {
        StringBuilder description = new StringBuilder();
        for (int w = 0; w < 150; w++) {
            description.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
        }
        return new ServiceText(
                text.language(),
                text.title() + " " + n,
                text.summary(),
                description.toString(),
                "",
                text.targetGroups(),
                text.keywords().subList(0, Math.min(5, text.keywords().size())),
                List.of());
    }
}

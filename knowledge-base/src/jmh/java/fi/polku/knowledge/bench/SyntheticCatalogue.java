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
 * A large generated catalogue for benchmarks: variants of the bundled services (their real Finnish, Swedish and
 * English titles, keywords and phrases, a local place in the title) whose descriptions are real sentences drawn from
 * the whole catalogue, so word frequencies, posting lists and snippet passages look like a larger catalogue (e.g. PTV).
 */
final class SyntheticCatalogue {

    private SyntheticCatalogue() {}

    static ServiceCatalogue of(ServiceCatalogue bundled, int size, long seed) {
        Random random = new Random(seed);
        Map<Language, List<String>> sentences = new EnumMap<>(Language.class);
        for (ServiceDescription service : bundled.all()) {
            service.texts().forEach((lang, text) -> sentences
                    .computeIfAbsent(lang, l -> new ArrayList<>())
                    .addAll(List.of(text.descriptionMarkdown().split("(?<=[.!?])\\s+"))));
        }
        List<ServiceDescription> services = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ServiceDescription base = bundled.all().get(i % bundled.all().size());
            Map<Language, ServiceText> texts = new EnumMap<>(Language.class);
            int n = i;
            String place = PLACES.get(random.nextInt(PLACES.size()));
            base.texts().forEach((lang, text) -> texts.put(lang, variant(text, sentences.get(lang), random, place)));
            List<String> municipalities = random.nextInt(4) == 0
                    ? List.of(ServiceDescription.NATIONWIDE)
                    : List.of(place.toLowerCase(java.util.Locale.ROOT) + "-" + random.nextInt(10));
            services.add(copyOf(base, i, municipalities, texts));
        }
        return ServiceCatalogue.of(services);
    }

    /** The i-th generated copy of a bundled service, with its own municipalities and texts, as a PTV import has it. */
    static ServiceDescription copyOf(
            ServiceDescription base, int i, List<String> municipalities, Map<Language, ServiceText> texts) {
        return new ServiceDescription(
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
                "ptv");
    }

    /** Place names in titles and municipality slugs, as a national catalogue has them. */
    static final List<String> PLACES = List.of(
            "Oulu", "Vaasa", "Rovaniemi", "Kemijärvi", "Helsinki", "Espoo", "Tampere", "Turku", "Jyväskylä", "Kuopio",
            "Joensuu", "Lahti", "Pori", "Seinäjoki", "Kokkola", "Mikkeli", "Kajaani", "Kotka", "Hämeenlinna", "Raahe");

    private static ServiceText variant(ServiceText text, List<String> sentences, Random random, String place) {
        StringBuilder description = new StringBuilder();
        while (description.length() < 1_200) {
            description.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        return new ServiceText(
                text.language(),
                text.title() + ", " + place,
                text.summary(),
                description.toString(),
                "",
                text.targetGroups(),
                text.keywords(),
                text.phrases());
    }
}

package fi.polku.knowledge.bench;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated catalogue shaped like a national one (PTV): most services from other municipal domains (libraries,
 * waste, sports, day care, permits, water, culture, roads...) with their own vocabulary, and a minority of work-ability
 * services derived from the bundled ones with local variation (municipality, provider, sentence order). Compare
 * {@link SyntheticCatalogue}, the worst case of near-identical copies of the bundled services.
 */
public final class RealisticCatalogue {

    /** The share of work-ability and employment services. */
    static final double WORK_ABILITY_SHARE = 0.1;

    private RealisticCatalogue() {}

    public static ServiceCatalogue of(ServiceCatalogue bundled, int size, long seed) {
        Random random = new Random(seed);
        List<Map<Language, MunicipalDomains.Domain>> domains =
                MunicipalDomains.load().domains();
        List<ServiceDescription> services = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String place = SyntheticCatalogue.PLACES.get(random.nextInt(SyntheticCatalogue.PLACES.size()));
            List<String> municipalities = random.nextInt(10) == 0
                    ? List.of(ServiceDescription.NATIONWIDE)
                    : List.of(place.toLowerCase(Locale.ROOT) + "-" + random.nextInt(10));
            if (random.nextDouble() < WORK_ABILITY_SHARE) {
                ServiceDescription base = bundled.all().get(random.nextInt(bundled.all().size()));
                Map<Language, ServiceText> texts = new EnumMap<>(Language.class);
                base.texts().forEach((lang, text) -> texts.put(lang, local(text, random, place)));
                services.add(SyntheticCatalogue.copyOf(base, i, municipalities, texts));
            } else {
                Map<Language, MunicipalDomains.Domain> domain = domains.get(random.nextInt(domains.size()));
                ServiceDescription shape = bundled.all().getFirst();
                Map<Language, ServiceText> texts = new EnumMap<>(Language.class);
                int title = random.nextInt(3);
                long seedOfTexts = random.nextLong();
                domain.forEach((lang, d) -> texts.put(lang, other(lang, d, new Random(seedOfTexts), title, place)));
                services.add(new ServiceDescription(
                        "municipal-" + i,
                        "municipality",
                        municipalities,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        shape.channels(),
                        shape.checked(),
                        texts,
                        "ptv"));
            }
        }
        return ServiceCatalogue.of(services);
    }

    /** A bundled service as one municipality or provider offers it: place in the title, sentences reordered. */
    private static ServiceText local(ServiceText text, Random random, String place) {
        List<String> sentences = new ArrayList<>(List.of(text.descriptionMarkdown().split("(?<=[.!?])\\s+")));
        Collections.shuffle(sentences, random);
        String provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
        sentences.add(where(text.language(), place, provider, random));
        return new ServiceText(
                text.language(),
                text.title() + ", " + place,
                text.summary(),
                String.join(" ", sentences),
                "",
                text.targetGroups(),
                text.keywords(),
                text.phrases());
    }

    private static ServiceText other(
            Language lang, MunicipalDomains.Domain domain, Random random, int title, String place) {
        List<String> sentences = new ArrayList<>(domain.sentences());
        Collections.shuffle(sentences, random);
        List<String> description = new ArrayList<>(sentences.subList(0, 2 + random.nextInt(sentences.size() - 1)));
        description.add(where(lang, place, PROVIDERS.get(random.nextInt(PROVIDERS.size())), random));
        List<String> keywords = new ArrayList<>(domain.keywords());
        Collections.shuffle(keywords, random);
        return new ServiceText(
                lang,
                domain.titles().get(title % domain.titles().size()) + ", " + place,
                sentences.getFirst(),
                String.join(" ", description),
                "",
                List.of(),
                keywords.subList(0, 3 + random.nextInt(keywords.size() - 2)),
                List.of());
    }

    /** Where and by whom, with a street address: the local detail every catalogue entry carries. */
    private static String where(Language lang, String place, String provider, Random random) {
        String street = STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(60));
        return switch (lang) {
            case FI -> "Palvelun järjestää " + provider + ", " + place + ", " + street + ".";
            case SV -> "Tjänsten ordnas av " + provider + ", " + place + ", " + street + ".";
            case EN -> "The service is provided by " + provider + ", " + place + ", " + street + ".";
        };
    }

    private static final List<String> PROVIDERS = List.of(
            "Pohjois-Pohjanmaan hyvinvointialue",
            "Pohjanmaan hyvinvointialue",
            "Lapin hyvinvointialue",
            "Pirkanmaan hyvinvointialue",
            "Varsinais-Suomen hyvinvointialue",
            "kaupungin palvelukeskus",
            "kunnan asiointipiste",
            "Oulun seudun työllisyyspalvelut",
            "Setlementti ry",
            "Sininauha ry",
            "Kokoava Osaaja Oy",
            "Nuorten Ystävät ry");

    private static final List<String> STREETS = List.of(
            "Kirkkokatu", "Isokatu", "Torikatu", "Hallituskatu", "Rantakatu", "Koulukatu", "Asemakatu", "Kauppakatu",
            "Pitkäkatu", "Puistotie", "Kalevantie", "Sairaalakatu");
}

package fi.polku.knowledge.recommendation;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.SupportArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Recommends services from a screening profile by a transparent score over the services' tags: each wanted support
 * area that a service covers counts 3, each of its profile areas with a clear need (score under 6) 2 and with some
 * need (under 8) 1, a fitting segment 1.5, and a local service 0.5. The background answers work through each
 * service's {@link fi.polku.knowledge.catalogue.Eligibility} ({@link BackgroundFit}): a service whose age range leaves
 * the resident out, or that the resident already uses, is left out; coming first for the employment status or age
 * adds 10, serving the goal 2, registering an unemployed resident 3, and a registered job seeker's services of
 * employment services 1. A service offered neither nationwide nor in a known home municipality is left out. In a
 * crisis the crisis help comes first.
 */
public final class Recommender {

    static final String CRISIS_SERVICE = "kriisiapu";
    static final double CLEAR_NEED = 6.0;
    static final double SOME_NEED = 8.0;

    private final ServiceCatalogue catalogue;
    private final Predicate<String> knownMunicipality;
    private final WhyTexts texts = new WhyTexts();

    public Recommender(ServiceCatalogue catalogue, Predicate<String> knownMunicipality) {
        this.catalogue = catalogue;
        this.knownMunicipality = knownMunicipality;
    }

    public List<Recommendation> recommend(ProfileQuery query, int limit) {
        return render(rank(query, limit), query, query.language());
    }

    /** The same ranking written in every language (the ranking does not depend on the language). */
    public Map<Language, List<Recommendation>> recommendInEveryLanguage(ProfileQuery query, int limit) {
        List<Candidate> ranked = rank(query, limit);
        Map<Language, List<Recommendation>> result = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            result.put(lang, render(ranked, query, lang));
        }
        return result;
    }

    /** The best {@code limit} services, crisis help first in a crisis, by score and then id. */
    private List<Candidate> rank(ProfileQuery query, int limit) {
        List<Candidate> result = new ArrayList<>();
        if (query.crisis()) {
            catalogue.find(CRISIS_SERVICE).ifPresent(crisis -> result.add(Candidate.crisis(crisis)));
        }
        List<Candidate> scored = new ArrayList<>();
        for (ServiceDescription service : catalogue.all()) {
            if (service.id().equals(CRISIS_SERVICE)
                    || !available(service, query.municipality())
                    || !BackgroundFit.open(service, query.background())) {
                continue;
            }
            Candidate candidate = score(service, query);
            if (candidate != null) {
                scored.add(candidate);
            }
        }
        scored.sort(Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(c -> c.service().id()));
        result.addAll(scored);
        return result.subList(0, Math.min(Math.max(limit, 0), result.size()));
    }

    // The reason text is the costly part (message bundle, formatting): it is written only for what is returned.
    private List<Recommendation> render(List<Candidate> ranked, ProfileQuery query, Language lang) {
        List<Recommendation> result = new ArrayList<>(ranked.size());
        for (Candidate candidate : ranked) {
            ServiceDescription service = candidate.service();
            result.add(
                    candidate.fit() == null
                            ? new Recommendation(
                                    service.id(), service.text(lang).title(), texts.crisis(lang), candidate.score())
                            : recommendation(candidate, query, lang));
        }
        return List.copyOf(result);
    }

    /**
     * A service that fits the profile and its score, before what matched is listed and its reason is written; the
     * crisis help has no background fit.
     */
    private record Candidate(
            ServiceDescription service,
            boolean local,
            double score,
            @Nullable BackgroundFit fit) {

        static Candidate crisis(ServiceDescription service) {
            return new Candidate(service, false, 100.0, null);
        }
    }

    private boolean available(ServiceDescription service, @Nullable String municipality) {
        return municipality == null || !knownMunicipality.test(municipality) || service.availableIn(municipality);
    }

    /** Counts what matches without building sets: this runs for every service of the catalogue. */
    private static @Nullable Candidate score(ServiceDescription service, ProfileQuery query) {
        int support = 0;
        for (SupportArea area : service.supportAreas()) {
            if (query.supportAreas().contains(area)) {
                support++;
            }
        }
        int clear = 0;
        int some = 0;
        for (ProfileArea area : service.profileAreas()) {
            Double value = query.areaScores().get(area);
            if (value != null && value < CLEAR_NEED) {
                clear++;
            } else if (value != null && value < SOME_NEED) {
                some++;
            }
        }
        boolean segmentFits = service.segments().contains(query.segment());
        BackgroundFit fit = BackgroundFit.of(service, query.background());
        if (support == 0 && clear == 0 && some == 0 && !segmentFits && !fit.any()) {
            return null;
        }
        boolean local = !service.nationwide() && query.municipality() != null;
        double score = 3.0 * support + 2.0 * clear + some + (segmentFits ? 1.5 : 0) + (local ? 0.5 : 0) + fit.score();
        return new Candidate(service, local, score, fit);
    }

    private Recommendation recommendation(Candidate candidate, ProfileQuery query, Language lang) {
        ServiceDescription service = candidate.service();
        Set<SupportArea> support = EnumSet.noneOf(SupportArea.class);
        support.addAll(service.supportAreas());
        support.retainAll(query.supportAreas());
        Set<ProfileArea> clear = EnumSet.noneOf(ProfileArea.class);
        Set<ProfileArea> some = EnumSet.noneOf(ProfileArea.class);
        for (ProfileArea area : service.profileAreas()) {
            Double value = query.areaScores().get(area);
            if (value != null && value < CLEAR_NEED) {
                clear.add(area);
            } else if (value != null && value < SOME_NEED) {
                some.add(area);
            }
        }
        boolean segmentFits = service.segments().contains(query.segment());
        String why = texts.why(
                lang,
                new WhyTexts.Reasons(
                        support,
                        clear,
                        some,
                        segmentFits ? query.segment() : null,
                        candidate.local(),
                        java.util.Objects.requireNonNull(candidate.fit())));
        return new Recommendation(service.id(), service.text(lang).title(), why, candidate.score());
    }
}

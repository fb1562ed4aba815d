package fi.polku.knowledge.recommendation;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.SupportArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Recommends services from a screening profile by a transparent score over the services' tags: each wanted support
 * area that a service covers counts 3, each of its profile areas with a clear need (score under 6) 2 and with some
 * need (under 8) 1, a fitting segment 1.5, and a local service 0.5. The background answers work through each
 * service's {@link fi.polku.knowledge.catalogue.Eligibility}: a service whose age range leaves the resident out, or
 * that the resident already uses ({@code current_services}; a registered job seeker uses employment services), is left
 * out; one that comes first for the resident's employment status or age gets 10, one that serves the resident's goal
 * 2, and a registered job seeker gets 1 for services of employment services; an unemployed resident who is not
 * registered gets 3 for the service that registers job seekers (the one not recommended to users of employment
 * services). A service offered neither nationwide nor
 * in a known home municipality is left out. In a crisis the crisis help comes first.
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
        List<Recommendation> result = new ArrayList<>();
        if (query.crisis()) {
            catalogue
                    .find(CRISIS_SERVICE)
                    .ifPresent(crisis -> result.add(new Recommendation(
                            crisis.id(),
                            crisis.text(query.language()).title(),
                            texts.crisis(query.language()),
                            100.0)));
        }
        List<Recommendation> scored = new ArrayList<>();
        for (ServiceDescription service : catalogue.all()) {
            if (service.id().equals(CRISIS_SERVICE)
                    || !available(service, query.municipality())
                    || !BackgroundFit.open(service, query.background())) {
                continue;
            }
            Recommendation recommendation = score(service, query);
            if (recommendation != null) {
                scored.add(recommendation);
            }
        }
        scored.sort(Comparator.comparingDouble(Recommendation::score).reversed().thenComparing(Recommendation::id));
        result.addAll(scored);
        return List.copyOf(result.subList(0, Math.min(Math.max(limit, 0), result.size())));
    }

    private boolean available(ServiceDescription service, @Nullable String municipality) {
        return municipality == null || !knownMunicipality.test(municipality) || service.availableIn(municipality);
    }

    private @Nullable Recommendation score(ServiceDescription service, ProfileQuery query) {
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
        BackgroundFit fit = BackgroundFit.of(service, query.background());
        if (support.isEmpty() && clear.isEmpty() && some.isEmpty() && !segmentFits && !fit.any()) {
            return null;
        }
        boolean local = !service.nationwide() && query.municipality() != null;
        double score = 3.0 * support.size()
                + 2.0 * clear.size()
                + some.size()
                + (segmentFits ? 1.5 : 0)
                + (local ? 0.5 : 0)
                + fit.score();
        String why = texts.why(
                query.language(),
                new WhyTexts.Reasons(support, clear, some, segmentFits ? query.segment() : null, local, fit));
        return new Recommendation(service.id(), service.text(query.language()).title(), why, score);
    }
}

package fi.polku.knowledge.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The validated set of service descriptions, loaded from the bundled classpath folder or from a folder on disk. */
public final class ServiceCatalogue {

    private final List<ServiceDescription> services;

    ServiceCatalogue(List<ServiceDescription> services) {
        this.services = List.copyOf(services);
    }

    /** Loads and validates the bundled services under classpath {@code polku/services/}. */
    public static ServiceCatalogue loadBundled() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Loads and validates every {@code *.yml} file of the folder. */
    public static ServiceCatalogue load(Path folder) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A catalogue of already built descriptions, e.g. imported from PTV; only uniqueness of ids is checked. */
    public static ServiceCatalogue of(List<ServiceDescription> services) {
        return new ServiceCatalogue(services);
    }

    public List<ServiceDescription> all() {
        return services;
    }

    public Optional<ServiceDescription> find(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}

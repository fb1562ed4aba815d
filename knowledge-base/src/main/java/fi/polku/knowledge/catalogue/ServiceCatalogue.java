package fi.polku.knowledge.catalogue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated set of service descriptions, loaded from the bundled classpath folder or from a folder on disk. */
public final class ServiceCatalogue {

    private final List<ServiceDescription> services;
    private final Map<String, ServiceDescription> byId = new HashMap<>();

    ServiceCatalogue(List<ServiceDescription> services) {
        for (ServiceDescription service : services) {
            if (byId.putIfAbsent(service.id(), service) != null) {
                throw new CatalogueException(
                        "services/" + service.id() + ".yml", 0, "id", "duplicate id '" + service.id() + "'");
            }
        }
        this.services = List.copyOf(services);
    }

    /** Loads and validates the bundled services under classpath {@code polku/services/}. */
    public static ServiceCatalogue loadBundled() {
        return new ServiceCatalogue(new ServiceFolder().readBundled());
    }

    /** Loads and validates every {@code *.yml} file of the folder. */
    public static ServiceCatalogue load(Path folder) {
        return new ServiceCatalogue(new ServiceFolder().read(folder));
    }

    /** A catalogue of already built descriptions, e.g. imported from PTV; only uniqueness of ids is checked. */
    public static ServiceCatalogue of(List<ServiceDescription> services) {
        return new ServiceCatalogue(services);
    }

    public List<ServiceDescription> all() {
        return services;
    }

    public Optional<ServiceDescription> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

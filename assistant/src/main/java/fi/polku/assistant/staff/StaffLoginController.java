package fi.polku.assistant.staff;

import fi.polku.assistant.system.PageController;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The staff sign-in page; Spring Security's form login processes its POST to the same path. When OIDC is configured
 * the page also links to each identity provider.
 */
@PageController
class StaffLoginController {

    private final List<Provider> providers = new ArrayList<>();

    StaffLoginController(ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(
                            "/oauth2/authorization/" + client.getRegistrationId(), client.getClientName()));
                }
            }
        }
    }

    @GetMapping("/staff/login")
    String login(Model model) {
        model.addAttribute("providers", List.copyOf(providers));
        return "staff/login";
    }

    /**
     * Where the security chain sends a signed-in account that has no role for a staff page: the calm 403 page saying
     * why and whom to ask ({@code system.PageExceptionHandler} words it for staff).
     */
    @GetMapping(StaffSecurityConfiguration.FORBIDDEN_PAGE)
    Mono<String> forbidden() {
        return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** A link that starts the sign-in with one identity provider. */
    record Provider(String href, String name) {}
}

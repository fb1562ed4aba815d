package fi.polku.assistant.welcome;

import fi.polku.assistant.services.Situations;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/** The front page, the privacy notice and the accessibility statement. */
@PageController
class WelcomeController {

    private final Situations situations;

    WelcomeController(Situations situations) {
        this.situations = situations;
    }

    /** A life situation to browse from, in the page language. */
    record SituationLink(String id, String title) {}

    @GetMapping("/")
    String welcome(Model model, ServerWebExchange exchange) {
        Language lang = PageLanguages.of(exchange);
        List<SituationLink> links = situations.all().stream()
                .map(situation ->
                        new SituationLink(situation.id(), situation.title().in(lang)))
                .toList();
        model.addAttribute("situations", links);
        return "welcome/welcome";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "welcome/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "welcome/accessibility";
    }
}

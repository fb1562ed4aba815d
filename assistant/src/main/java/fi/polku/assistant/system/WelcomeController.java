package fi.polku.assistant.system;

import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Polku is and is not, how long it takes, what is kept, and the ways in. */
@PageController
class WelcomeController {

    @GetMapping("/")
    String welcome() {
        return "system/welcome";
    }
}

package fi.polku.assistant.staff;

import fi.polku.assistant.system.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security's form login processes its POST to the same path. */
@PageController
class StaffLoginController {

    @GetMapping("/staff/login")
    String login() {
        return "staff/login";
    }
}

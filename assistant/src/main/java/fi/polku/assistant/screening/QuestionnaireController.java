package fi.polku.assistant.screening;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.segmentation.instrument.QuestionnaireView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/questionnaire}: the instrument of the current rules in the asked language. */
@RestController
class QuestionnaireController {

    private final CurrentRules rules;

    QuestionnaireController(CurrentRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/questionnaire")
    Mono<QuestionnaireView> questionnaire(@RequestParam(required = false) @Nullable String lang) {
        return Mono.fromSupplier(() -> rules.get().instrument().view(ApiMessages.language(null, lang)));
    }
}

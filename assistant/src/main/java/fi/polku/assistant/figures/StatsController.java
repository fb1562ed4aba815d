package fi.polku.assistant.figures;

import fi.polku.assistant.staff.StaffDirectory;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.segmentation.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/stats?from=&to=&source=}: the aggregate figures of a period for signed-in staff (HTTP Basic or the
 * sign-in session; the staff security chain answers 401 without credentials). A partner sees its own source only;
 * asking for another source is 403 naming {@code source}.
 */
@RestController
class StatsController {

    private final Figures figures;
    private final PeriodParser periods;
    private final StaffDirectory staff;
    private final ApiMessages messages;

    StatsController(Figures figures, PeriodParser periods, StaffDirectory staff, ApiMessages messages) {
        this.figures = figures;
        this.periods = periods;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/api/stats")
    Mono<FigureReport> stats(
            ServerWebExchange exchange,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        PeriodParser.Parsed parsed = periods.parse(from, to, language);
        if (!parsed.valid()) {
            return Mono.error(ApiProblem.badRequest(parsed.problems(), language));
        }
        return exchange.getPrincipal()
                .flatMap(principal -> Mono.justOrEmpty(staff.account(principal)))
                .flatMap(account -> Mono.justOrEmpty(FigureViewer.of(account)))
                .flatMap(viewer -> Mono.justOrEmpty(viewer.scope(source)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.forbidden(
                        messages.problem("source", "figures.source.forbidden", language), language)))
                .flatMap(scope -> figures.report(parsed.period(), scope.source()));
    }
}

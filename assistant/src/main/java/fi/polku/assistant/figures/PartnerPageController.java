package fi.polku.assistant.figures;

import fi.polku.assistant.partners.Partners;
import fi.polku.assistant.staff.StaffAccount;
import fi.polku.assistant.staff.StaffDirectory;
import fi.polku.assistant.staff.StaffRole;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * {@code /partners}: a signed-in partner's link ({@code <base>/p/<code>}) to copy, its QR code (inline SVG, and as a
 * file at {@code /partners/qr.svg}) and the partner's figures for a chosen period, with the same suppression as
 * {@code /api/stats}; an admin picks the partner from those known. A plain GET form: works without JavaScript.
 */
@PageController
class PartnerPageController {

    static final String VIEW = "figures/partners";

    private final Figures figures;
    private final PeriodParser periods;
    private final StaffDirectory staff;
    private final Partners partners;
    private final ApiMessages messages;

    PartnerPageController(
            Figures figures, PeriodParser periods, StaffDirectory staff, Partners partners, ApiMessages messages) {
        this.figures = figures;
        this.periods = periods;
        this.staff = staff;
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping("/partners")
    Mono<String> show(
            ServerWebExchange exchange,
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        Language language = PageLanguages.of(exchange);
        PeriodParser.Parsed parsed = periods.parse(from, to, language);
        return account(exchange).flatMap(account -> {
            boolean admin = account.roles().contains(StaffRole.ADMIN);
            String code = partnerOf(account, partner);
            model.addAttribute("username", account.username());
            model.addAttribute("admin", admin);
            model.addAttribute("choices", admin ? choices(language) : List.of());
            model.addAttribute("errors", parsed.problems());
            model.addAttribute("from", parsed.valid() ? parsed.period().from().toString() : blankIfNull(from));
            model.addAttribute("to", parsed.valid() ? parsed.period().to().toString() : blankIfNull(to));
            model.addAttribute("partner", code);
            if (code == null) {
                return Mono.just(VIEW);
            }
            String link = link(exchange, code);
            model.addAttribute("known", partners.known(code));
            model.addAttribute("partnerName", partners.name(code, language).orElse(null));
            model.addAttribute("link", link);
            model.addAttribute("qr", QrCode.of(link));
            return figures.report(parsed.period(), code)
                    .doOnNext(report -> {
                        model.addAttribute("report", report);
                        model.addAttribute("tables", tables(report, language));
                    })
                    .thenReturn(VIEW);
        });
    }

    /** The QR code as an SVG file to print; a partner gets its own, an admin the one it names. */
    @GetMapping("/partners/qr.svg")
    Mono<ResponseEntity<String>> qr(
            ServerWebExchange exchange, @RequestParam(required = false) @Nullable String partner) {
        return account(exchange).map(account -> {
            String code = partnerOf(account, partner);
            if (code == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            String link = link(exchange, code);
            return ResponseEntity.ok()
                    .contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"polku-" + code + ".svg\"")
                    .body(QrCode.of(link).svg(link));
        });
    }

    /**
     * The partner whose page this is: a partner's own code (whatever it asks), an admin's choice among the known
     * partners (the first one when it names none or an unknown one), null when there is none to show.
     */
    private @Nullable String partnerOf(StaffAccount account, @Nullable String asked) {
        if (account.roles().contains(StaffRole.ADMIN)) {
            List<String> known = partners.codes();
            if (asked != null && partners.known(asked)) {
                return asked.strip().toLowerCase(Locale.ROOT);
            }
            return known.isEmpty() ? null : known.getFirst();
        }
        return FigureViewer.of(account).map(FigureViewer::partner).orElse(null);
    }

    private List<Choice> choices(Language language) {
        return partners.codes().stream()
                .map(code -> new Choice(
                        code,
                        partners.name(code, language)
                                .map(Partners.PartnerName::name)
                                .orElse(code)))
                .toList();
    }

    /** The partner's link on this site: the address the page was asked at, with the path {@code /p/<code>}. */
    private static String link(ServerWebExchange exchange, String code) {
        return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
                .replacePath("/p/{code}")
                .replaceQuery(null)
                .fragment(null)
                .buildAndExpand(code)
                .encode()
                .toUriString();
    }

    private List<FigureTable> tables(FigureReport report, Language language) {
        List<FigureTable> tables = new ArrayList<>();
        tables.add(new FigureTable(
                "totals",
                text("figures.table.totals", language),
                List.of(
                        row("figures.totals.screenings", report.total(), language),
                        row("figures.totals.bookings", report.bookings().total(), language),
                        row("figures.totals.cancelled", report.bookings().cancelled(), language))));
        tables.add(table("age", report.byAgeGroup(), "figures.age.", language, key -> switch (key) {
            case "under-30" -> "under-30";
            case "30-49" -> "from-30-to-49";
            case "50+" -> "from-50";
            default -> "unknown";
        }));
        tables.add(table("segment", report.bySegment(), "figures.segment.", language, PartnerPageController::slug));
        tables.add(table("target", report.byTarget(), "figures.target.", language, PartnerPageController::slug));
        tables.add(table(
                "booking", report.bookings().byTarget(), "figures.booking.", language, PartnerPageController::slug));
        tables.add(table("outcome", report.byOutcome(), "figures.outcome.", language, PartnerPageController::slug));
        return tables;
    }

    private FigureTable table(
            String id, Map<String, Object> cells, String prefix, Language language, UnaryOperator<String> keyOf) {
        List<FigureTable.Row> rows = new ArrayList<>();
        cells.forEach((key, value) -> rows.add(row(prefix + keyOf.apply(key), value, language)));
        return new FigureTable(id, text("figures.table." + id, language), rows);
    }

    private FigureTable.Row row(String labelKey, Object value, Language language) {
        String shown = SmallCells.HIDDEN.equals(value) ? text("figures.cell.hidden", language) : String.valueOf(value);
        return new FigureTable.Row(text(labelKey, language), shown);
    }

    private String text(String key, Language language) {
        return messages.text(key, language);
    }

    /** A constant's message-key form: {@code URGENT_HELP} -> {@code urgent-help}. */
    static String slug(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String blankIfNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private Mono<StaffAccount> account(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .flatMap(principal -> Mono.justOrEmpty(staff.account(principal)))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }

    /** A partner an admin may pick. */
    record Choice(String code, String name) {}
}

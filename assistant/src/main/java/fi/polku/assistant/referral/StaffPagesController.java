package fi.polku.assistant.referral;

import fi.polku.assistant.partners.Partners;
import fi.polku.assistant.staff.StaffAccount;
import fi.polku.assistant.staff.StaffDirectory;
import fi.polku.assistant.staff.StaffRole;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The staff pages: {@code /staff} the inbox of the referrals the signed-in account may see, {@code
 * /staff/referrals/{id}} the pre-filled initial interview (printable) with its status form. Same rules and audit as
 * the staff API.
 */
@PageController
class StaffPagesController {

    static final String INBOX = "staff/inbox";
    static final String REFERRAL = "staff/referral";

    private final ReferralManagement referrals;
    private final StaffDirectory staff;
    private final CurrentRules rules;
    private final Partners partners;

    StaffPagesController(ReferralManagement referrals, StaffDirectory staff, CurrentRules rules, Partners partners) {
        this.referrals = referrals;
        this.staff = staff;
        this.rules = rules;
        this.partners = partners;
    }

    @GetMapping("/staff")
    Mono<String> inbox(ServerWebExchange exchange, Model model) {
        Language language = PageLanguages.of(exchange);
        return account(exchange)
                .flatMap(account -> referrals
                        .list(account, null, null, null, null, language)
                        .map(referral -> ReferralController.ReferralSummary.of(referral, language))
                        .collectList()
                        .doOnNext(list -> {
                            model.addAttribute("referrals", list);
                            model.addAttribute("username", account.username());
                            model.addAttribute("admin", account.roles().contains(StaffRole.ADMIN));
                        }))
                .thenReturn(INBOX);
    }

    @GetMapping("/staff/referrals/{id}")
    Mono<String> referral(ServerWebExchange exchange, @PathVariable String id, Model model) {
        Language language = PageLanguages.of(exchange);
        return account(exchange)
                .flatMap(account -> referrals.open(account, id, "OPENED", language))
                .doOnNext(referral -> {
                    model.addAttribute(
                            "referral",
                            ReferralView.of(referral, rules.get().instrument(), referrals.questions(), language));
                    // the source is a partner code: shown by the partner's name in the staff member's language
                    model.addAttribute(
                            "partner",
                            partners.name(referral.source(), language).orElse(null));
                    model.addAttribute("statuses", List.of(ReferralStatus.values()));
                    model.addAttribute("fits", List.of(MeetingOutcome.SegmentFit.values()));
                })
                .thenReturn(REFERRAL);
    }

    @PostMapping("/staff/referrals/{id}/status")
    Mono<String> changeStatus(ServerWebExchange exchange, @PathVariable String id) {
        Language language = PageLanguages.of(exchange);
        return exchange.getFormData()
                .flatMap(form -> account(exchange)
                        .flatMap(account -> referrals.change(account, id, status(form), note(form), language)))
                .thenReturn("redirect:/staff/referrals/" + id);
    }

    @PostMapping("/staff/referrals/{id}/outcome")
    Mono<String> recordOutcome(ServerWebExchange exchange, @PathVariable String id) {
        Language language = PageLanguages.of(exchange);
        return exchange.getFormData()
                .flatMap(form -> account(exchange)
                        .flatMap(account -> referrals.recordOutcome(
                                account,
                                id,
                                "true".equals(form.getFirst("attended")),
                                fit(form),
                                note(form),
                                language)))
                .thenReturn("redirect:/staff/referrals/" + id);
    }

    /** No fit is judged for a no-show; an unknown value from a tampered form counts as not judged. */
    private static MeetingOutcome.@Nullable SegmentFit fit(MultiValueMap<String, String> form) {
        String value = form.getFirst("segmentFit");
        if (!"true".equals(form.getFirst("attended")) || value == null || value.isBlank()) {
            return null;
        }
        try {
            return MeetingOutcome.SegmentFit.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReferralStatus status(MultiValueMap<String, String> form) {
        String value = form.getFirst("status");
        return ReferralStatus.valueOf(value == null ? "" : value.toUpperCase(Locale.ROOT));
    }

    private static String note(MultiValueMap<String, String> form) {
        String note = form.getFirst("note");
        return note == null || note.isBlank()
                ? null
                : note.strip().substring(0, Math.min(2000, note.strip().length()));
    }

    private Mono<StaffAccount> account(ServerWebExchange exchange) {
        return exchange.getPrincipal().flatMap(principal -> Mono.justOrEmpty(staff.account(principal)));
    }
}

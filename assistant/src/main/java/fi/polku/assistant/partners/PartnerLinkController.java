package fi.polku.assistant.partners;

import fi.polku.assistant.system.PageController;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;

/** {@code GET /p/{code}}: a partner's link; the front page follows, the visit keeps the partner as its source. */
@PageController
class PartnerLinkController {

    private final VisitSource source;

    PartnerLinkController(VisitSource source) {
        this.source = source;
    }

    @GetMapping("/p/{code}")
    ResponseEntity<Void> arrive(@PathVariable String code, ServerWebExchange exchange) {
        source.remember(exchange, code);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/")).build();
    }
}

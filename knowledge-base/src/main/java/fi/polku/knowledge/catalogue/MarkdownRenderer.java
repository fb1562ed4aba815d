package fi.polku.knowledge.catalogue;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Renders a description's Markdown to HTML and sanitises it, so content never carries scripts or styles. */
final class MarkdownRenderer {

    private final Parser parser = Parser.builder().build();
    // raw HTML in Markdown is escaped first; the sanitiser is the second line of defence
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("hr", "br").toFactory());

    String toHtml(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown))).strip();
    }
}

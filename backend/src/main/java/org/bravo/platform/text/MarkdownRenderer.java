package org.bravo.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what people type (Markdown) into HTML that is safe to put in a page. Two locks: CommonMark escapes raw HTML
 * and drops unsafe link schemes, then an allow-list sanitizer keeps only formatting, lists, quotes, code and links
 * with http(s), mailto or relative targets — so a bug in one still leaves the other. Links open in a new tab without
 * giving it a handle on Bravo's window.
 */
@ApplicationScoped
public class MarkdownRenderer {
    private static final int EXCERPT_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;
    private final PolicyFactory policy;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.html = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
        this.text = TextContentRenderer.builder().build();
        this.policy = new HtmlPolicyBuilder()
                .allowElements(
                        "p",
                        "br",
                        "hr",
                        "strong",
                        "em",
                        "b",
                        "i",
                        "del",
                        "s",
                        "code",
                        "pre",
                        "blockquote",
                        "ul",
                        "ol",
                        "li",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6")
                .allowAttributes("start")
                .matching(Pattern.compile("[0-9]{1,6}"))
                .onElements("ol")
                .allowElements(
                        (name, attributes) -> {
                            attributes.add("target");
                            attributes.add("_blank");
                            return name;
                        },
                        "a")
                .allowAttributes("href")
                .onElements("a")
                .allowAttributes("target")
                .matching(Pattern.compile("_blank"))
                .onElements("a")
                .allowStandardUrlProtocols()
                .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                .toFactory();
    }

    /** Sanitized HTML for {@code markdown}. */
    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        return policy.sanitize(html.render(document));
    }

    /**
     * The whole text without Markdown's marks, lines kept: what search indexes and quotes, so a match is shown as
     * the reader saw it ("un café offert", not "un **café** offert").
     */
    public String plainText(String markdown) {
        return text.render(parser.parse(markdown == null ? "" : markdown)).strip();
    }

    /** Plain text of the first {@value #EXCERPT_LENGTH} characters, for cards and notifications. */
    public String excerpt(String markdown) {
        String plain = SPACES.matcher(plainText(markdown)).replaceAll(" ");
        if (plain.codePointCount(0, plain.length()) <= EXCERPT_LENGTH) {
            return plain;
        }
        int end = plain.offsetByCodePoints(0, EXCERPT_LENGTH - 1);
        return plain.substring(0, end).stripTrailing() + "…";
    }
}

package org.bravo.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void formattingSurvives() {
        String html = renderer.toHtml("**Accueil** en *boutique* :\n\n- sourire\n- `café` offert\n\n> Merci !");
        assertThat(html)
                .contains(
                        "<strong>Accueil</strong>",
                        "<em>boutique</em>",
                        "<li>sourire</li>",
                        "<code>café</code>",
                        "<blockquote>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[clic](javascript:alert(1))",
                "[clic](JAVASCRIPT:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<div onmouseover=\"alert(1)\">survol</div>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>"
            })
    void nothingExecutableReachesTheBrowser(String attack) {
        // Parsed as a browser would: typed markup may show as text, but no element or attribute may run code.
        Document page = Jsoup.parseBodyFragment(renderer.toHtml(attack));
        assertThat(page.select("script, iframe, img, svg, div, object, embed, style"))
                .isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on");
            }
        }
        for (Element link : page.select("a[href]")) {
            assertThat(link.attr("href")).matches("(?i)^((https?:|mailto:|/).*)?$");
        }
    }

    @Test
    void linksOpenInANewTabWithoutAHandleOnBravo() {
        String html = renderer.toHtml("Voir [la fiche](https://example.com/fiche) et https://example.com/auto");
        assertThat(html)
                .contains("href=\"https://example.com/fiche\"", "target=\"_blank\"")
                .containsPattern("rel=\"[^\"]*noopener[^\"]*\"")
                .containsPattern("rel=\"[^\"]*noreferrer[^\"]*\"")
                .contains("href=\"https://example.com/auto\"");
    }

    @Test
    void relativeLinksToPeopleStay() {
        assertThat(renderer.toHtml("[@camille](/people/camille)")).contains("href=\"/people/camille\"");
    }

    @Test
    void excerptIsPlainTextCutAtTwoHundredCharacters() {
        String excerpt = renderer.excerpt("# Titre\n\n**Gras** " + "é".repeat(400));
        assertThat(excerpt).startsWith("Titre Gras é").endsWith("…").doesNotContain("*", "#");
        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(200);
        assertThat(renderer.excerpt("court")).isEqualTo("court");
    }

    @Test
    void plainTextDropsTheMarksAndKeepsEveryWordAndLine() {
        String plain = renderer.plainText(
                "## Accueil\n\nProposer un **café** _offert_\n\n- sourire\n- `tasse` chaude\n\n" + "é".repeat(300));
        // Code keeps quotes around it, as the renderer writes it: the words are what search needs.
        assertThat(plain)
                .doesNotContain("*", "_", "#", "`")
                .contains("Accueil", "Proposer un café offert", "sourire", "\"tasse\" chaude")
                .endsWith("é".repeat(300));
        assertThat(plain.lines().count())
                .as("blocks stay on lines of their own")
                .isGreaterThan(3);
        assertThat(renderer.plainText(null)).isEmpty();
    }
}

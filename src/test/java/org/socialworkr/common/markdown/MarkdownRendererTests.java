package org.socialworkr.common.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersFormattingAndLinks() {
        String html = renderer.toSafeHtml("**CBT** and _DBT_, see https://example.org/guide");
        assertThat(html)
                .contains("<strong>CBT</strong>", "<em>DBT</em>")
                .contains("href=\"https://example.org/guide\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void neutralisesScriptsHandlersAndJavascriptLinks() {
        String html = renderer.toSafeHtml(
                "<script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick=x>b</b>\n\n[click](javascript:void)");
        assertThat(html)
                .as("raw HTML is shown as text, never as markup")
                .doesNotContain("<script", "<img", "<b ", "onerror=", "onclick=")
                .contains("&lt;script&gt;")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void emptyInputRendersNothing() {
        assertThat(renderer.toSafeHtml(null)).isEmpty();
        assertThat(renderer.toSafeHtml("   ")).isEmpty();
    }
}

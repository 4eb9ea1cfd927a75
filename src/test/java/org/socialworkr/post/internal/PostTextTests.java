package org.socialworkr.post.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.common.markdown.MarkdownRenderer;

class PostTextTests {

    private final PostText text = new PostText(markdownRenderer());

    @Test
    void findsTagsAndMentionsButNotNumbersOrEmailAddresses() {
        String source = "On #ChildWelfare and #cbt_2 (issue #12) with @Maria_L, mail me@example.org #childwelfare";
        assertThat(text.hashtags(source)).containsExactly("childwelfare", "cbt_2");
        assertThat(text.mentionedUsernames(source)).containsExactly("maria_l");
    }

    @Test
    void linksOnlyInTextNeverInCodeOrLinksOrAttributes() {
        String html = text.render(
                "#tag and @maria in `#tag @maria` and [#tag](https://example.org/#tag) \"><img src=x onerror=alert(1)>",
                Set.of("tag"),
                Map.of("maria", "Maria"));
        assertThat(html)
                .contains("<a href=\"/tags/tag\" class=\"hashtag\" rel=\"tag\">#tag</a> and <a href=\"/@Maria\"")
                .contains("<code>#tag &#64;maria</code>")
                .contains("https://example.org/#tag")
                .doesNotContain("<img", "onerror=alert");
        assertThat(html.split("class=\"hashtag\"", -1)).hasSize(2);
    }

    private static MarkdownRenderer markdownRenderer() {
        try {
            var constructor = MarkdownRenderer.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.socialworkr.post.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.common.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Hashtags and mentions in a post: found in the Markdown source, and linked in the rendered HTML.
 * Linking works on the sanitizer's output, in text between tags only (never inside a link, code
 * or a tag's attributes), and inserts anchors built from letters, digits and underscores alone,
 * so nothing written by the author ever reaches the page unescaped.
 */
@Component
class PostText {

    static final int MAX_TAG_LENGTH = 100;
    static final int MAX_MENTIONS = 20;

    /** A tag needs a letter, so "#1" in "issue #1" stays text; "&#35;" style entities are not tags. */
    private static final Pattern HASHTAG =
            Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");

    /** The sanitizer writes "@" as "&#64;", so mentions are matched in both spellings. */
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_.@/;])(?:@|&#64;)([A-Za-z0-9_]{1,64})(?![A-Za-z0-9_])");

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
    private static final Set<String> NO_LINKING = Set.of("a", "code", "pre");

    private final MarkdownRenderer markdown;

    PostText(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Distinct lowercase tags in order of appearance, at most {@value #MAX_TAG_LENGTH} characters each. */
    Set<String> hashtags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = HASHTAG.matcher(text);
        while (matcher.find()) {
            String tag = matcher.group(1).toLowerCase(Locale.ROOT);
            if (tag.length() <= MAX_TAG_LENGTH) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Distinct lowercase usernames mentioned, at most {@value #MAX_MENTIONS}. */
    Set<String> mentionedUsernames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MAX_MENTIONS) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * @param mentions known members by lowercase username, mapped to the username as spelled in their
     *     account; other names stay plain text
     */
    String render(String text, Set<String> tags, Map<String, String> mentions) {
        String html = markdown.toSafeHtml(text);
        StringBuilder out = new StringBuilder(html.length() + 64);
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int position = 0;
        while (tag.find()) {
            appendText(out, html.substring(position, tag.start()), open.isEmpty(), tags, mentions);
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (NO_LINKING.contains(name)) {
                if (tag.group(1).isEmpty()) {
                    open.push(name);
                } else if (!open.isEmpty()) {
                    open.pop();
                }
            }
            out.append(tag.group());
            position = tag.end();
        }
        appendText(out, html.substring(position), open.isEmpty(), tags, mentions);
        return out.toString();
    }

    private static void appendText(
            StringBuilder out, String segment, boolean linkable, Set<String> tags, Map<String, String> mentions) {
        if (!linkable || segment.isEmpty()) {
            out.append(segment);
            return;
        }
        String withTags = replace(segment, HASHTAG, match -> {
            String tag = match.group(1).toLowerCase(Locale.ROOT);
            return tags.contains(tag)
                    ? "<a href=\"/tags/" + tag + "\" class=\"hashtag\" rel=\"tag\">#" + match.group(1) + "</a>"
                    : match.group();
        });
        out.append(replace(withTags, MENTION, match -> {
            String username = mentions.get(match.group(1).toLowerCase(Locale.ROOT));
            return username == null
                    ? match.group()
                    : "<a href=\"/@" + username + "\" class=\"mention\">@" + username + "</a>";
        }));
    }

    private static String replace(String text, Pattern pattern, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

package org.socialworkr.post.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.ReactionKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * A post card as HTML, for {@code post/card :: card(card)}. Written here rather than in the
 * template because a feed page holds twenty cards of about eight forms each: processing their
 * elements, attributes and links was most of the home page's 25 ms of server CPU (JFR), and with
 * this class the whole page takes about 8 ms (JDK 25, bench/README.md). Every text is escaped as
 * Thymeleaf's {@code th:text} escapes it; the post's {@code bodyHtml}, sanitized when it was
 * written, is the only markup printed as is. All wording comes from messages.properties.
 */
@Component("postCardHtml")
public class CardHtml {

    private static final String TIME_PATTERN = "d MMM yyyy, HH:mm";

    private final MessageSource messages;
    private final Map<Locale, DateTimeFormatter> timeFormats = new ConcurrentHashMap<>();

    CardHtml(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param viewer the member, or {@code null} for a visitor, who sees no actions
     * @param currentPath where the actions' forms return to
     * @param csrf the request's token, which every form carries
     */
    public String render(PostCard card, CurrentAccount viewer, String currentPath, CsrfToken csrf) {
        Card out = new Card(new StringBuilder(6_000), LocaleContextHolder.getLocale(), contextPath(), csrf);
        out.html("<article class=\"post-card\" id=\"post-").number(card.id()).html("\"");
        if (card.deleted()) {
            out.html(">\n  <p class=\"muted post-deleted\">")
                    .text(message(out, "post.card.deleted"))
                    .html("</p>\n</article>");
            return out.toString();
        }
        out.html(" aria-labelledby=\"post-").number(card.id()).html("-author\">\n");
        PostCard shown = card.repostOf() != null ? card.repostOf() : card;
        if (card.repostOf() != null) {
            out.html("  <p class=\"muted post-repost-note\"><span>")
                    .text(message(out, "post.card.repostedBy", card.author().displayName()))
                    .html("</span></p>\n");
        }
        header(out, card, shown);
        if (shown.contentWarning() != null) {
            out.html("  <details class=\"post-cw\">\n    <summary><span>")
                    .text(message(out, "post.card.contentWarning"))
                    .html("</span> <span>")
                    .text(shown.contentWarning())
                    .html("</span></summary>\n");
            body(out, shown);
            out.html("  </details>\n");
        } else {
            body(out, shown);
        }
        if (!shown.hashtags().isEmpty()) {
            out.html("  <p class=\"post-tags\">");
            for (String tag : shown.hashtags()) {
                out.html("\n    <a href=\"")
                        .link("/tags/" + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8))
                        .html("\" rel=\"tag\">")
                        .text("#" + tag)
                        .html("</a>");
            }
            out.html("\n  </p>\n");
        }
        footer(out, card, shown, viewer, currentPath == null ? "" : currentPath);
        out.html("</article>");
        return out.toString();
    }

    private void header(Card out, PostCard card, PostCard shown) {
        PostCard.Author author = shown.author();
        out.html("  <header class=\"post-header\">\n    <a class=\"post-author\" id=\"post-")
                .number(card.id())
                .html("-author\" href=\"")
                .link("/@" + UriUtils.encodePathSegment(author.username(), StandardCharsets.UTF_8))
                .html("\">\n");
        if (author.avatarUrl() != null) {
            out.html("      <img src=\"")
                    .link(author.avatarUrl())
                    .html("\" alt=\"\" class=\"avatar avatar-small\" width=\"40\" height=\"40\">\n");
        }
        out.html("      <strong>")
                .text(author.displayName())
                .html("</strong>\n      <span class=\"muted\">")
                .text("@" + author.username())
                .html("</span>\n    </a>\n    <a class=\"post-time muted\" href=\"")
                .link(postPath(shown))
                .html("\">\n      <time datetime=\"")
                .text(shown.createdAt().toString())
                .html("\">")
                .text(timeFormat(out.locale()).format(shown.createdAt()))
                .html("</time>\n    </a>\n");
        if (shown.edited()) {
            out.html("    <span class=\"muted post-edited\">\n      (<a href=\"")
                    .link(postPath(shown) + "/history")
                    .html("\">")
                    .text(message(out, "post.card.edited"))
                    .html("</a>)\n    </span>\n");
        }
        out.html("    <span class=\"muted post-visibility\">")
                .text(message(out, shown.visibility().messageKey()))
                .html("</span>\n  </header>\n");
    }

    private static void body(Card out, PostCard shown) {
        out.html("  <div class=\"post-body\">").html(shown.bodyHtml()).html("</div>\n");
        if (!shown.attachments().isEmpty()) {
            out.html("  <ul class=\"post-images plain-list\">\n");
            for (PostCard.Attachment image : shown.attachments()) {
                out.html("    <li>\n      <img src=\"")
                        .link(image.url())
                        .html("\" alt=\"")
                        .text(image.altText())
                        .html("\" loading=\"lazy\">\n    </li>\n");
            }
            out.html("  </ul>\n");
        }
    }

    private void footer(Card out, PostCard card, PostCard shown, CurrentAccount viewer, String currentPath) {
        out.html("  <footer class=\"post-actions\">\n    <a href=\"")
                .link(postPath(shown))
                .html("\">")
                .text(message(out, "post.card.replies", shown.replyCount()))
                .html("</a>\n    <span class=\"muted\">")
                .text(message(out, "post.card.reposts", shown.repostCount()))
                .html("</span>\n");
        if (viewer != null) {
            for (ReactionKind kind : ReactionKind.values()) {
                boolean reacted = shown.reactedWith(kind);
                String label = message(out, kind.messageKey());
                long count = shown.reactionCount(kind);
                form(out, postPath(shown) + (reacted ? "/unreact" : "/react"));
                out.html("      <input type=\"hidden\" name=\"kind\" value=\"")
                        .text(kind.name())
                        .html("\">\n");
                back(out, currentPath);
                out.html("      <button type=\"submit\" class=\"link-button\" aria-label=\"")
                        .text(message(out, "post.action.react", label, count))
                        .html("\" aria-pressed=\"")
                        .html(Boolean.toString(reacted))
                        .html("\">")
                        .text(label + " " + count)
                        .html("</button>\n    </form>\n");
            }
            if (shown.visibility() == PostVisibility.PUBLIC) {
                toggle(
                        out,
                        shown,
                        currentPath,
                        shown.reposted(),
                        "unrepost",
                        "repost",
                        "post.action.unrepost",
                        "post.action.repost");
            }
            toggle(
                    out,
                    shown,
                    currentPath,
                    shown.bookmarked(),
                    "unbookmark",
                    "bookmark",
                    "post.action.unbookmark",
                    "post.action.bookmark");
            out.html("    <a href=\"")
                    .link(postPath(shown) + "#reply")
                    .html("\">")
                    .text(message(out, "post.action.reply"))
                    .html("</a>\n");
            if (shown.editable()) {
                out.html("    <a href=\"")
                        .link(postPath(shown) + "/edit")
                        .html("\">")
                        .text(message(out, "post.action.edit"))
                        .html("</a>\n");
            }
            if (card.deletable()) {
                boolean repost = card.repostOf() != null;
                form(out, postPath(shown) + (repost ? "/unrepost" : "/delete"));
                out.html("      <button type=\"submit\" class=\"link-button danger\">")
                        .text(message(out, repost ? "post.action.unrepost" : "post.action.delete"))
                        .html("</button>\n    </form>\n");
            }
        }
        out.html("  </footer>\n");
    }

    /** A form that switches a mark of the viewer's on or off (repost, bookmark). */
    private void toggle(
            Card out,
            PostCard shown,
            String currentPath,
            boolean on,
            String offAction,
            String onAction,
            String offLabel,
            String onLabel) {
        form(out, postPath(shown) + "/" + (on ? offAction : onAction));
        back(out, currentPath);
        out.html("      <button type=\"submit\" class=\"link-button\" aria-pressed=\"")
                .html(Boolean.toString(on))
                .html("\">")
                .text(message(out, on ? offLabel : onLabel))
                .html("</button>\n    </form>\n");
    }

    private static void form(Card out, String action) {
        out.html("    <form method=\"post\" class=\"inline-form\" action=\"")
                .link(action)
                .html("\">");
        if (out.csrf() != null) {
            out.html("<input type=\"hidden\" name=\"")
                    .text(out.csrf().getParameterName())
                    .html("\" value=\"")
                    .text(out.csrf().getToken())
                    .html("\"/>");
        }
        out.html("\n");
    }

    private static void back(Card out, String currentPath) {
        out.html("      <input type=\"hidden\" name=\"back\" value=\"")
                .text(currentPath)
                .html("\">\n");
    }

    private static String postPath(PostCard card) {
        return "/posts/" + card.id();
    }

    private String message(Card out, String key, Object... args) {
        return messages.getMessage(key, args, out.locale());
    }

    private DateTimeFormatter timeFormat(Locale locale) {
        return timeFormats.computeIfAbsent(
                locale, key -> DateTimeFormatter.ofPattern(TIME_PATTERN, key).withZone(ZoneOffset.UTC));
    }

    private static String contextPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getContextPath();
        }
        return "";
    }

    /** The HTML being written, with what every part of it needs. */
    private record Card(StringBuilder buffer, Locale locale, String contextPath, CsrfToken csrf) {

        Card html(String markup) {
            buffer.append(markup);
            return this;
        }

        Card text(String text) {
            buffer.append(HtmlEscape.escapeHtml(
                    text,
                    HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                    HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT));
            return this;
        }

        Card number(long number) {
            buffer.append(number);
            return this;
        }

        /** A path of this application, escaped for an attribute. */
        Card link(String path) {
            return text(contextPath + path);
        }

        @Override
        public String toString() {
            return buffer.toString();
        }
    }
}

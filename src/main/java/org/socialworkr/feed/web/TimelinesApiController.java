package org.socialworkr.feed.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.feed.HomeFeed.FeedPage;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.ReactionKind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Home and public timelines for client apps, shaped like Mastodon's: ids as strings, snake_case,
 * pages by {@code max_id} and {@code since_id} with a {@code Link} header. Every post of this
 * instance is local, so {@code local} changes nothing on the public timeline.
 */
@RestController
@RequestMapping("/api/v1/timelines")
class TimelinesApiController {

    static final int MAX_LIMIT = 40;

    private final HomeFeed feed;

    TimelinesApiController(HomeFeed feed) {
        this.feed = feed;
    }

    record ApiAccount(String id, String username, String acct, @JsonProperty("display_name") String displayName) {}

    /**
     * The statuses API's fields that Mastodon apps need to show a timeline, built from the post
     * module's cards (whose full status JSON is private to its web layer).
     */
    record ApiStatus(
            String id,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("edited_at") Instant editedAt,
            @JsonProperty("in_reply_to_id") String inReplyToId,
            boolean sensitive,
            @JsonProperty("spoiler_text") String spoilerText,
            String visibility,
            String content,
            ApiAccount account,
            @JsonProperty("replies_count") long repliesCount,
            @JsonProperty("reblogs_count") long reblogsCount,
            @JsonProperty("favourites_count") long favouritesCount,
            boolean favourited,
            boolean reblogged,
            boolean bookmarked,
            ApiStatus reblog) {

        static ApiStatus of(PostCard card) {
            String warning = card.contentWarning() == null ? "" : card.contentWarning();
            PostCard.Author author = card.author();
            return new ApiStatus(
                    Long.toString(card.id()),
                    card.createdAt(),
                    card.editedAt(),
                    card.inReplyToId() == null ? null : Long.toString(card.inReplyToId()),
                    !warning.isEmpty(),
                    warning,
                    card.visibility().apiName(),
                    card.bodyHtml(),
                    new ApiAccount(
                            Long.toString(author.id()), author.username(), author.username(), author.displayName()),
                    card.replyCount(),
                    card.repostCount(),
                    card.reactionCount(ReactionKind.LIKE),
                    card.reactedWith(ReactionKind.LIKE),
                    card.reposted(),
                    card.bookmarked(),
                    card.repostOf() == null ? null : of(card.repostOf()));
        }
    }

    @GetMapping("/home")
    ResponseEntity<List<ApiStatus>> home(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(required = false) Integer limit) {
        int size = size(limit);
        return response(feed.home(currentAccount, maxId, sinceId, size));
    }

    @GetMapping("/public")
    ResponseEntity<List<ApiStatus>> publicTimeline(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(required = false) Integer limit) {
        return response(feed.publicTimeline(currentAccount, maxId, sinceId, size(limit)));
    }

    private static int size(Integer limit) {
        return limit == null ? HomeFeed.DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    private static ResponseEntity<List<ApiStatus>> response(FeedPage page) {
        List<String> links = new ArrayList<>();
        if (page.nextMaxId() != null) {
            links.add("<" + link("max_id", page.nextMaxId()) + ">; rel=\"next\"");
        }
        if (!page.cards().isEmpty()) {
            links.add("<" + link("since_id", page.newestId()) + ">; rel=\"prev\"");
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(page.cards().stream().map(ApiStatus::of).toList());
    }

    private static String link(String cursor, long id) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("max_id")
                .replaceQueryParam("since_id")
                .replaceQueryParam(cursor, id)
                .toUriString();
    }
}

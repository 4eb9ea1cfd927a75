package org.socialworkr.api.mastodon.timelines;

import java.util.List;
import java.util.Locale;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.Paging;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.feed.HomeFeed.FeedPage;
import org.socialworkr.group.Groups;
import org.socialworkr.post.IdPage;
import org.socialworkr.post.PostLists;
import org.socialworkr.post.Posts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Timelines, bookmarks and favourites the Mastodon way: newest first, {@code max_id},
 * {@code since_id}, {@code min_id} and {@code limit} (20, at most 40), and a {@code Link} header.
 * Every post here is local, so {@code local=true} changes nothing on the public timeline.
 */
@RestController
class MastodonTimelinesController {

    private final HomeFeed feed;
    private final Posts posts;
    private final PostLists postLists;
    private final StatusViews statuses;
    private final Groups groups;

    MastodonTimelinesController(HomeFeed feed, Posts posts, PostLists postLists, StatusViews statuses, Groups groups) {
        this.groups = groups;
        this.feed = feed;
        this.posts = posts;
        this.postLists = postLists;
        this.statuses = statuses;
    }

    @GetMapping("/api/v1/timelines/home")
    ResponseEntity<List<Status>> home(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(name = "min_id", required = false) Long minId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, sinceId, minId, limit);
        return feedPage(feed.home(currentAccount, paging.maxId(), paging.sinceId(), paging.limit()), currentAccount);
    }

    @GetMapping("/api/v1/timelines/public")
    ResponseEntity<List<Status>> publicTimeline(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(name = "min_id", required = false) Long minId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, sinceId, minId, limit);
        return feedPage(
                feed.publicTimeline(currentAccount, paging.maxId(), paging.sinceId(), paging.limit()), currentAccount);
    }

    @GetMapping("/api/v1/timelines/tag/{hashtag}")
    ResponseEntity<List<Status>> tag(
            CurrentAccount currentAccount,
            @PathVariable String hashtag,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit);
        String tag = hashtag.replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        return idPage(posts.tagged(tag, currentAccount, paging.maxId(), paging.limit()), currentAccount);
    }

    @GetMapping("/api/v1/bookmarks")
    ResponseEntity<List<Status>> bookmarks(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit);
        return idPage(posts.bookmarks(currentAccount.id(), paging.maxId(), paging.limit()), currentAccount);
    }

    @GetMapping("/api/v1/favourites")
    ResponseEntity<List<Status>> favourites(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit);
        return idPage(postLists.favourites(currentAccount.id(), paging.maxId(), paging.limit()), currentAccount);
    }

    /**
     * SocialWorkr's group feed, paged like the others; for readers of the group only (404 for a
     * group the viewer may not know of, 403 for one whose posts they may not read).
     */
    @GetMapping("/api/v1/timelines/group/{groupId:\\d+}")
    ResponseEntity<List<Status>> group(
            CurrentAccount currentAccount,
            @PathVariable long groupId,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(name = "min_id", required = false) Long minId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit);
        List<Long> ids = groups.timeline(currentAccount, groupId, maxId, sinceId, minId, paging.limit());
        return Paging.respond(statuses.statuses(ids, currentAccount), ids, paging.limit());
    }

    private ResponseEntity<List<Status>> feedPage(FeedPage page, CurrentAccount viewer) {
        List<Status> body = statuses.of(page.cards(), viewer);
        if (page.cards().isEmpty()) {
            return Paging.respond(body, null, page.nextMaxId(), page.nextMaxId() != null);
        }
        return Paging.respond(body, page.newestId(), page.nextMaxId(), page.nextMaxId() != null);
    }

    /** The cursors come from the ids, not the statuses: a post left out must not end paging. */
    private ResponseEntity<List<Status>> idPage(IdPage page, CurrentAccount viewer) {
        List<Status> body = statuses.statuses(page.ids(), viewer);
        Long newest = page.ids().isEmpty() ? null : page.ids().get(0);
        return Paging.respond(body, newest, page.nextMaxId(), page.nextMaxId() != null);
    }
}

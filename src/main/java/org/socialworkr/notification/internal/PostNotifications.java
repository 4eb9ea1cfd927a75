package org.socialworkr.notification.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostEdited;
import org.socialworkr.post.PostLists;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostReacted;
import org.socialworkr.post.PostReposted;
import org.socialworkr.post.ReactionKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mentions, replies, likes (Mastodon's favourites), reposts, and edits of posts members reposted
 * or liked. The post module names only the mentioned members who may see the post, so nobody
 * learns of a post they cannot open; {@link Notifications#notify} skips the author, blocked pairs
 * and muted actors. The subject is the post, where the notification leads.
 */
@Component
class PostNotifications {

    /** How many reposters or likers are read at once when an edit is announced. */
    static final int INTERACTIONS_PAGE = 500;

    private final Notifications notifications;
    private final PostLists lists;

    PostNotifications(Notifications notifications, PostLists lists) {
        this.notifications = notifications;
        this.lists = lists;
    }

    @ApplicationModuleListener
    void postPublished(PostPublished event) {
        for (long mentioned : event.mentionedAccountIds()) {
            notifications.notify(mentioned, NotificationType.MENTION, event.authorId(), event.postId());
        }
        Long parentAuthor = event.inReplyToAuthorId();
        if (parentAuthor != null
                && parentAuthor != event.authorId()
                && !event.mentionedAccountIds().contains(parentAuthor)) {
            notifications.notify(parentAuthor, NotificationType.REPLY, event.authorId(), event.postId());
        }
    }

    /** The author learns of a like on their post; the other reactions have no notification yet. */
    @ApplicationModuleListener
    void postReacted(PostReacted event) {
        if (event.kind() == ReactionKind.LIKE) {
            notifications.notify(event.authorId(), NotificationType.FAVOURITE, event.accountId(), event.postId());
        }
    }

    @ApplicationModuleListener
    void postReposted(PostReposted event) {
        notifications.notify(event.authorId(), NotificationType.REBLOG, event.accountId(), event.postId());
    }

    /**
     * Who reposted or liked a post vouched for what it said then, so they hear when its author
     * changes it. The lists are read as the author sees the post; {@link Notifications#notify}
     * leaves out whoever blocked or muted the author or switched the type off.
     */
    @ApplicationModuleListener
    void postEdited(PostEdited event) {
        Set<Long> interested = new LinkedHashSet<>();
        try {
            interested.addAll(
                    all(maxId -> lists.repostedBy(event.authorId(), event.postId(), maxId, INTERACTIONS_PAGE)));
            interested.addAll(
                    all(maxId -> lists.favouritedBy(event.authorId(), event.postId(), maxId, INTERACTIONS_PAGE)));
        } catch (PostNotFoundException deletedSince) {
            return;
        }
        for (long recipient : interested) {
            notifications.notify(recipient, NotificationType.UPDATE, event.authorId(), event.postId());
        }
    }

    /** Every account id of a list paged by descending account id. */
    private static Set<Long> all(Function<Long, List<Long>> page) {
        Set<Long> ids = new LinkedHashSet<>();
        Long maxId = null;
        List<Long> found;
        do {
            found = page.apply(maxId);
            ids.addAll(found);
            maxId = found.isEmpty() ? null : found.get(found.size() - 1);
        } while (found.size() == INTERACTIONS_PAGE);
        return ids;
    }
}

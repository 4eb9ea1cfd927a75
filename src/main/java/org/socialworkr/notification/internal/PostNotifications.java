package org.socialworkr.notification.internal;

import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostReacted;
import org.socialworkr.post.PostReposted;
import org.socialworkr.post.ReactionKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mentions, replies, likes (Mastodon's favourites) and reposts. The post module names only the mentioned members who may see the post,
 * so nobody learns of a post they cannot open; {@link Notifications#notify} skips the author and
 * blocked pairs. The subject is the new post, where the notification leads.
 */
@Component
class PostNotifications {

    private final Notifications notifications;

    PostNotifications(Notifications notifications) {
        this.notifications = notifications;
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
}

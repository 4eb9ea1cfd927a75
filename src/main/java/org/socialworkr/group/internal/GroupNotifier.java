package org.socialworkr.group.internal;

import java.time.Clock;
import org.socialworkr.group.GroupEvents.GroupJoinRequested;
import org.socialworkr.group.GroupEvents.MemberInvited;
import org.socialworkr.group.GroupEvents.MemberJoined;
import org.socialworkr.group.GroupEvents.PostPinned;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostVisibility;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells members what happened in their groups, after the change committed (the events are kept in
 * the event publication table until handled). Join requests go to owners and moderators; a new
 * post to the members whose setting asks for it: all posts, or highlights (by owners and
 * moderators, or pinned); replies are left to the reply notification.
 */
@Component
class GroupNotifier {

    private final GroupStore store;
    private final Notifications notifications;
    private final Clock clock;

    GroupNotifier(GroupStore store, Notifications notifications, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void joinRequested(GroupJoinRequested event) {
        for (long moderator : store.moderatorIds(event.groupId())) {
            notifications.notify(moderator, NotificationType.GROUP_JOIN_REQUESTED, event.accountId(), event.groupId());
        }
    }

    @ApplicationModuleListener
    void joined(MemberJoined event) {
        if (event.approvedBy() != null) {
            notifications.notify(
                    event.accountId(), NotificationType.GROUP_REQUEST_APPROVED, event.approvedBy(), event.groupId());
        }
    }

    @ApplicationModuleListener
    void invited(MemberInvited event) {
        notifications.notify(event.accountId(), NotificationType.GROUP_INVITATION, event.invitedBy(), event.groupId());
    }

    @ApplicationModuleListener
    void postPublished(PostPublished event) {
        if (event.groupId() == null || event.visibility() != PostVisibility.GROUP) {
            return;
        }
        long groupId = event.groupId();
        if (!event.reply()) { // the thread's author hears of replies through the reply notification
            boolean highlight = store.member(groupId, event.authorId())
                    .map(member -> member.role().moderates())
                    .orElse(false);
            for (long member : store.noticeRecipients(groupId, highlight)) {
                if (!event.mentionedAccountIds().contains(member)) {
                    notifications.notify(member, NotificationType.GROUP_POST, event.authorId(), event.postId());
                }
            }
        }
        // Last, so that the group's row stays locked only until the commit: concurrent posts wait on it.
        store.recordPost(groupId, clock.instant());
    }

    @ApplicationModuleListener
    void pinned(PostPinned event) {
        for (long member : store.noticeRecipients(event.groupId(), true)) {
            notifications.notify(member, NotificationType.GROUP_POST, event.pinnedBy(), event.postId());
        }
    }
}

package org.socialworkr.notification.internal;

import org.socialworkr.connection.ConnectionAccepted;
import org.socialworkr.connection.ConnectionRequested;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.FollowStarted;
import org.socialworkr.connection.MemberBlocked;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notifications for what happens between members. Each listener runs after the connection
 * module's transaction commits, in a transaction of its own; the event is kept in the event
 * publication registry until the listener succeeds, so a crash in between delays the
 * notification rather than losing it.
 */
@Component
class ConnectionNotifications {

    private final Notifications notifications;
    private final Connections connections;

    ConnectionNotifications(Notifications notifications, Connections connections) {
        this.notifications = notifications;
        this.connections = connections;
    }

    @ApplicationModuleListener
    void connectionRequested(ConnectionRequested event) {
        notifications.notify(
                event.addresseeId(), NotificationType.CONNECTION_REQUESTED, event.requesterId(), event.requestId());
    }

    @ApplicationModuleListener
    void connectionAccepted(ConnectionAccepted event) {
        notifications.notify(
                event.requesterId(), NotificationType.CONNECTION_ACCEPTED, event.addresseeId(), event.requestId());
    }

    /**
     * Accepting a request also starts a follow each way, and both members already hear of the
     * connection (a request, then its acceptance): a follow between connected members is not news.
     * The relationship is read when the listener runs, after the accepting transaction committed,
     * so the order in which the events of one acceptance arrive does not matter.
     */
    @ApplicationModuleListener
    void followStarted(FollowStarted event) {
        if (connections.relationship(event.followeeId(), event.followerId()).connected()) {
            return;
        }
        notifications.notify(event.followeeId(), NotificationType.NEW_FOLLOWER, event.followerId(), null);
    }

    /** A block cuts every channel: neither keeps seeing the other's name in their notifications. */
    @ApplicationModuleListener
    void memberBlocked(MemberBlocked event) {
        notifications.forgetBetween(event.blockerId(), event.blockedId());
    }
}

package org.socialworkr.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telling members what happened, and their notifications as they read them. Other modules call
 * {@link #notify} (usually from an event listener); every other method acts for the recipient
 * only: another member's notification is reported as not found.
 */
public interface Notifications {

    /** The most notifications {@link #list} returns at once. */
    int MAX_PAGE_SIZE = 100;

    /**
     * Records a notification unless the recipient switched this type off, the actor is the
     * recipient, one of them blocked the other, the recipient muted the actor, or the same one is still unread (so an event
     * delivered twice, or a follow–unfollow–follow, tells the recipient once).
     *
     * @param subjectId what it is about, or {@code null}
     * @return whether a notification was recorded
     */
    boolean notify(long recipientId, NotificationType type, long actorId, Long subjectId);

    /**
     * Newest first, with the actors' names.
     *
     * @param beforeId the id of the last notification of the previous page, or {@code null} for the first
     * @param limit how many, clamped to 1..{@link #MAX_PAGE_SIZE}
     */
    List<NotificationView> list(long recipientId, Long beforeId, int limit);

    /**
     * Like {@link #list}, for client apps: only the given types, and optionally only those newer
     * than {@code sinceId}.
     *
     * @param types the kinds wanted; empty for none
     */
    List<NotificationView> list(long recipientId, Set<NotificationType> types, Long maxId, Long sinceId, int limit);

    /** One of the recipient's notifications; anyone else's is not found. */
    NotificationView find(long recipientId, long notificationId);

    long unreadCount(long recipientId);

    /** Marking a read notification again changes nothing. */
    void markRead(long recipientId, long notificationId);

    void markAllRead(long recipientId);

    /** Removes one notification. */
    void dismiss(long recipientId, long notificationId);

    /** Removes all of the recipient's notifications. */
    void dismissAll(long recipientId);

    /** Removes every notification either member has about the other (after a block). */
    void forgetBetween(long memberId, long otherId);

    /** Every type, in declaration order, with whether the member gets it. */
    Map<NotificationType, Boolean> preferences(long accountId);

    /** Changes the given types only; the others keep their setting. */
    void updatePreferences(long accountId, Map<NotificationType, Boolean> changes);
}

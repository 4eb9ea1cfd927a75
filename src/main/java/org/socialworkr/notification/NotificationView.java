package org.socialworkr.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it.
 *
 * @param subjectId what it is about (a connection request id, later a post id), or {@code null}
 * @param link where it leads besides the actor's profile, or {@code null}
 */
public record NotificationView(
        long id,
        NotificationType type,
        long actorId,
        String actorUsername,
        String actorDisplayName,
        Long subjectId,
        String link,
        Instant createdAt,
        boolean read) {}

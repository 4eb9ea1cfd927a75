package org.socialworkr.group;

import java.time.Instant;

/**
 * One thing an owner or moderator did.
 *
 * @param action a {@link ModerationAction}
 * @param targetUsername the member acted on, or {@code null}
 * @param targetPostId the post acted on, or {@code null}
 */
public record ModerationLogEntry(
        long id,
        String actorUsername,
        String actorDisplayName,
        ModerationAction action,
        String targetUsername,
        String targetDisplayName,
        Long targetPostId,
        Instant at) {}

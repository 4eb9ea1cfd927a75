package org.socialworkr.group.internal;

import java.time.Instant;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPrivacy;

/** A row of {@code community_groups}. */
record GroupRow(
        long id,
        String slug,
        String name,
        String description,
        String descriptionHtml,
        String rules,
        String rulesHtml,
        GroupKind kind,
        GroupPrivacy privacy,
        String region,
        String coverImageKey,
        String coverAltText,
        int memberCount,
        int postCount,
        Instant lastPostAt,
        long createdBy,
        Instant createdAt) {}

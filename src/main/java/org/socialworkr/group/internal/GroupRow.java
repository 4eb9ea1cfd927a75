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
        Instant createdAt) {

    /** A group not yet saved: no id, cover, members or posts, and no fields until a form fills them in. */
    static GroupRow unsaved(long createdBy, Instant createdAt) {
        return new GroupRow(
                0, null, null, null, null, null, null, null, null, null, null, null, 0, 0, null, createdBy, createdAt);
    }
}

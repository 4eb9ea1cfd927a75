package org.socialworkr.group;

import java.time.Instant;
import java.util.List;
import org.socialworkr.profile.PracticeArea;

/**
 * A group in a list (discovery, "my groups", suggestions, related groups).
 *
 * @param description the Markdown source, for a short excerpt (print it escaped)
 * @param reason why it is suggested (a message key), or {@code null}
 */
public record GroupSummary(
        long id,
        String slug,
        String name,
        String description,
        GroupKind kind,
        GroupPrivacy privacy,
        List<PracticeArea> tags,
        String region,
        String coverUrl,
        String coverAltText,
        int memberCount,
        int postCount,
        Instant lastPostAt,
        String reason) {

    public GroupSummary {
        tags = List.copyOf(tags);
    }

    public String excerpt() {
        String plain = description == null
                ? ""
                : description.replaceAll("[#*_>`\\[\\]]", "").strip();
        return plain.length() <= 200 ? plain : plain.substring(0, 199).strip() + "…";
    }

    public GroupSummary because(String reasonKey) {
        return new GroupSummary(
                id,
                slug,
                name,
                description,
                kind,
                privacy,
                tags,
                region,
                coverUrl,
                coverAltText,
                memberCount,
                postCount,
                lastPostAt,
                reasonKey);
    }
}

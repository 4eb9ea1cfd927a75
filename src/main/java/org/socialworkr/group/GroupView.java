package org.socialworkr.group;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.socialworkr.profile.PracticeArea;

/**
 * A group as the viewer may see it. Description and rules come rendered from Markdown and
 * sanitized; their sources are for the edit form.
 *
 * @param coverUrl the cover image's address relative to the context path, or {@code null}
 * @param membership how the viewer stands with the group
 * @param contentVisible whether the viewer may read the group's posts and members
 */
public record GroupView(
        long id,
        String slug,
        String name,
        String description,
        String descriptionHtml,
        String rules,
        String rulesHtml,
        GroupKind kind,
        GroupPrivacy privacy,
        List<PracticeArea> tags,
        String region,
        String coverUrl,
        String coverAltText,
        List<String> questions,
        int memberCount,
        int postCount,
        Instant lastPostAt,
        Instant createdAt,
        Membership membership,
        boolean contentVisible) {

    public GroupView {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
    }

    public GroupForm form() {
        return new GroupForm(
                name,
                slug,
                description,
                kind,
                privacy,
                Set.copyOf(tags),
                region == null ? "" : region,
                rules,
                questions);
    }
}

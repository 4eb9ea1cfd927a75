package org.socialworkr.group.web;

import org.socialworkr.group.GroupNotFoundException;
import org.socialworkr.group.GroupView;
import org.socialworkr.group.Groups;

/** A group named in a path: by slug, or by numeric id (slugs start with a letter, so the two never clash). */
final class GroupRefs {

    private GroupRefs() {}

    static GroupView resolve(Groups groups, String ref, Long viewerId) {
        if (ref.matches("\\d{1,18}")) {
            return groups.get(viewerId, Long.parseLong(ref));
        }
        if (!ref.matches(Groups.SLUG_PATTERN)) {
            throw new GroupNotFoundException();
        }
        return groups.bySlug(viewerId, ref);
    }
}

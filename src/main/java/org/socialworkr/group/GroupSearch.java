package org.socialworkr.group;

import org.socialworkr.profile.PracticeArea;

/**
 * Discovery filters; every part may be {@code null} (no filter).
 *
 * @param q words in the name or description
 * @param region a part of the group's region, any case
 */
public record GroupSearch(String q, GroupKind kind, PracticeArea tag, String region) {

    public static final GroupSearch ALL = new GroupSearch(null, null, null, null);

    public boolean isEmpty() {
        return blank(q) && kind == null && tag == null && blank(region);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

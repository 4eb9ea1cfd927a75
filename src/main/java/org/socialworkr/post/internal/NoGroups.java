package org.socialworkr.post.internal;

import java.util.Collection;
import java.util.Set;
import org.socialworkr.post.GroupAccess;

/** The answers without a group module: nobody reads, posts to or moderates any group. */
enum NoGroups implements GroupAccess {
    INSTANCE;

    @Override
    public boolean mayRead(Long viewerId, long groupId) {
        return false;
    }

    @Override
    public Set<Long> readableAmong(Long viewerId, Collection<Long> groupIds) {
        return Set.of();
    }

    @Override
    public boolean mayPost(long accountId, long groupId) {
        return false;
    }

    @Override
    public boolean mayModerate(long accountId, long groupId) {
        return false;
    }

    @Override
    public Set<Long> memberGroupIds(long accountId) {
        return Set.of();
    }
}

package org.socialworkr.group.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.socialworkr.post.GroupAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The post module's questions about groups, each one small query on the group tables. */
@Component
@Transactional(readOnly = true)
class GroupAccessService implements GroupAccess {

    private final GroupStore store;

    GroupAccessService(GroupStore store) {
        this.store = store;
    }

    @Override
    public boolean mayRead(Long viewerId, long groupId) {
        return !store.readableAmong(viewerId, List.of(groupId)).isEmpty();
    }

    @Override
    public Set<Long> readableAmong(Long viewerId, Collection<Long> groupIds) {
        return store.readableAmong(viewerId, groupIds);
    }

    @Override
    public boolean mayPost(long accountId, long groupId) {
        return store.member(groupId, accountId).isPresent();
    }

    @Override
    public boolean mayModerate(long accountId, long groupId) {
        return store.member(groupId, accountId)
                .map(member -> member.role().moderates())
                .orElse(false);
    }

    @Override
    public Set<Long> memberGroupIds(long accountId) {
        return store.memberGroupIds(accountId);
    }
}

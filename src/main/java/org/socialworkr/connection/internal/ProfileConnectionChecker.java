package org.socialworkr.connection.internal;

import org.socialworkr.profile.ConnectionChecker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets profiles show "connections only" fields to connections, and only the public minimum to blocked members. */
@Component
class ProfileConnectionChecker implements ConnectionChecker {

    private final NetworkStore store;

    ProfileConnectionChecker(NetworkStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean areConnected(long viewerAccountId, long ownerAccountId) {
        return viewerAccountId != ownerAccountId && store.connected(viewerAccountId, ownerAccountId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBlockedBy(long viewerAccountId, long ownerAccountId) {
        return viewerAccountId != ownerAccountId && store.blocks(ownerAccountId, viewerAccountId);
    }
}

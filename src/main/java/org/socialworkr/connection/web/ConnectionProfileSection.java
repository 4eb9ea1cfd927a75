package org.socialworkr.connection.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.Relationship;
import org.socialworkr.profile.ProfilePageSection;
import org.springframework.stereotype.Component;

/**
 * The relationship buttons and the network counts on a profile page. Counts and the number of
 * connections in common appear only where the owner's list setting lets the viewer see the lists.
 */
@Component
class ConnectionProfileSection implements ProfilePageSection {

    private final Connections connections;

    ConnectionProfileSection(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Optional<Fragment> render(long ownerAccountId, CurrentAccount viewer) {
        Long viewerId = viewer == null ? null : viewer.id();
        boolean own = viewerId != null && viewerId == ownerAccountId;
        Map<String, Object> model = new HashMap<>();
        model.put("ownerId", ownerAccountId);
        model.put("own", own);
        model.put("member", viewer != null);
        boolean listsVisible = connections.canSeeNetwork(viewerId, ownerAccountId);
        model.put("listsVisible", listsVisible);
        if (listsVisible) {
            model.put("counts", connections.counts(ownerAccountId));
        }
        if (viewer != null && !own) {
            model.put("relationship", connections.relationship(viewer.id(), ownerAccountId));
            if (listsVisible) {
                model.put("inCommon", connections.countConnectionsInCommon(viewer.id(), ownerAccountId));
            }
        } else {
            model.put("relationship", Relationship.NONE);
        }
        return Optional.of(new Fragment("connection/profile", "section", model));
    }
}

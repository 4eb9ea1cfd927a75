package org.socialworkr.chat.web;

import java.util.Map;
import java.util.Optional;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.profile.ProfilePageSection;
import org.springframework.stereotype.Component;

/** A "Send a message" button on other members' profiles; whether they accept it is decided on sending. */
@Component
class ChatProfileSection implements ProfilePageSection {

    @Override
    public Optional<Fragment> render(long ownerAccountId, CurrentAccount viewer) {
        if (viewer == null || viewer.id() == ownerAccountId) {
            return Optional.empty();
        }
        return Optional.of(new Fragment("chat/profile", "section", Map.of("ownerId", ownerAccountId)));
    }
}

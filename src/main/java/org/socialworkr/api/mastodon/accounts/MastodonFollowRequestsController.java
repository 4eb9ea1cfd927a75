package org.socialworkr.api.mastodon.accounts;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Relationship;
import org.socialworkr.connection.ConnectionRequestNotFoundException;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mastodon's follow requests are SocialWorkr's connection requests: following is open to anyone,
 * connecting asks first. The ids are the requesters' account ids, as in Mastodon.
 */
@RestController
@RequestMapping("/api/v1/follow_requests")
class MastodonFollowRequestsController {

    private final Connections connections;
    private final AccountViews accounts;

    MastodonFollowRequestsController(Connections connections, AccountViews accounts) {
        this.connections = connections;
        this.accounts = accounts;
    }

    /** Newest first; few enough per member that they come in one page. */
    @GetMapping
    List<Account> list(CurrentAccount currentAccount) {
        List<Long> requesters = connections.incomingRequests(currentAccount.id()).stream()
                .map(ConnectionRequestView::requesterId)
                .toList();
        return accounts.list(requesters, currentAccount);
    }

    @PostMapping("/{accountId:\\d+}/authorize")
    Relationship authorize(CurrentAccount currentAccount, @PathVariable long accountId) {
        connections.accept(
                currentAccount.id(), requestFrom(currentAccount, accountId).id());
        return Relationship.of(accountId, connections.relationship(currentAccount.id(), accountId));
    }

    @PostMapping("/{accountId:\\d+}/reject")
    Relationship reject(CurrentAccount currentAccount, @PathVariable long accountId) {
        connections.decline(
                currentAccount.id(), requestFrom(currentAccount, accountId).id());
        return Relationship.of(accountId, connections.relationship(currentAccount.id(), accountId));
    }

    private ConnectionRequestView requestFrom(CurrentAccount currentAccount, long requesterId) {
        return connections.incomingRequests(currentAccount.id()).stream()
                .filter(request -> request.requesterId() == requesterId)
                .findFirst()
                .orElseThrow(ConnectionRequestNotFoundException::new);
    }
}

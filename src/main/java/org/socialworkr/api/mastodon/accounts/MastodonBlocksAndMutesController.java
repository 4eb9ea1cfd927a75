package org.socialworkr.api.mastodon.accounts;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Paging;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.NetworkPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whom the member blocked and muted (for the member's own eyes only), paged like Mastodon's lists. */
@RestController
class MastodonBlocksAndMutesController {

    private final Connections connections;
    private final AccountViews accounts;

    MastodonBlocksAndMutesController(Connections connections, AccountViews accounts) {
        this.connections = connections;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/blocks")
    ResponseEntity<List<Account>> blocks(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit, 40, 80);
        return page(connections.blockedList(currentAccount.id(), maxId, paging.limit()), currentAccount);
    }

    @GetMapping("/api/v1/mutes")
    ResponseEntity<List<Account>> mutes(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit, 40, 80);
        return page(connections.mutedList(currentAccount.id(), maxId, paging.limit()), currentAccount);
    }

    private ResponseEntity<List<Account>> page(NetworkPage page, CurrentAccount viewer) {
        List<Account> body = accounts.list(page.accountIds(), viewer);
        if (page.entries().isEmpty()) {
            return Paging.respond(body, null, null, false);
        }
        return Paging.respond(body, page.entries().get(0).cursor(), page.nextMaxId(), page.nextMaxId() != null);
    }
}

package org.socialworkr.api.mastodon.search;

import java.util.List;
import java.util.Locale;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.SearchResults;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.Entities.Tag;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.post.PostLists;
import org.socialworkr.profile.DirectoryQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/search}: members through the people directory (so hidden fields and blocks are
 * respected), statuses the member may see, and hashtags in use. {@code type} narrows it to one
 * kind; {@code limit} (20, at most 40) and {@code offset} page each kind.
 */
@RestController
class MastodonSearchController {

    private final AccountViews accounts;
    private final StatusViews statuses;
    private final PostLists postLists;

    MastodonSearchController(AccountViews accounts, StatusViews statuses, PostLists postLists) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.postLists = postLists;
    }

    @GetMapping("/api/v2/search")
    SearchResults search(
            CurrentAccount currentAccount,
            @RequestParam(name = "q") String query,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer limit,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(name = "max_id", required = false) Long maxId) {
        String kind = type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT);
        if (kind != null && !List.of("accounts", "statuses", "hashtags").contains(kind)) {
            throw new InvalidRequestException("error.api.unknownSearchType");
        }
        int size = limit == null ? 20 : Math.max(1, Math.min(limit, 40));
        String text = query.strip();
        if (text.length() > DirectoryQuery.MAX_TEXT) {
            throw new InvalidRequestException("error.api.searchTooLong", DirectoryQuery.MAX_TEXT);
        }
        List<Account> foundAccounts =
                wants(kind, "accounts") ? accounts(currentAccount, text, size, offset) : List.of();
        List<Status> foundStatuses = wants(kind, "statuses")
                ? statuses.statuses(postLists.search(text, currentAccount.id(), maxId, offset, size), currentAccount)
                : List.of();
        List<Tag> foundTags = wants(kind, "hashtags") && offset == 0
                ? postLists.searchTags(text, size).stream().map(statuses::tag).toList()
                : List.of();
        return new SearchResults(foundAccounts, foundStatuses, foundTags);
    }

    private List<Account> accounts(CurrentAccount viewer, String text, int size, int offset) {
        return offset > 0 ? List.of() : accounts.search(viewer, text, size);
    }

    private static boolean wants(String kind, String which) {
        return kind == null || kind.equals(which);
    }
}

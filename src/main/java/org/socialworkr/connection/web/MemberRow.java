package org.socialworkr.connection.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.connection.NetworkEntry;
import org.socialworkr.connection.NetworkPage;

/** A member on a list: name and username from one batched look-up, never one query per row. */
record MemberRow(long accountId, String username, String displayName, Instant since) {

    /** Pending and suspended members are left out, as everywhere else they are. */
    static List<MemberRow> of(NetworkPage page, AccountDirectory accounts) {
        Map<Long, AccountSummary> found = accounts.findAll(page.accountIds());
        return page.entries().stream()
                .map(entry -> of(entry, found.get(entry.accountId())))
                .filter(Objects::nonNull)
                .toList();
    }

    private static MemberRow of(NetworkEntry entry, AccountSummary account) {
        if (account == null || account.status() != AccountStatus.ACTIVE) {
            return null;
        }
        return new MemberRow(account.id(), account.username(), account.displayName(), entry.since());
    }
}

package org.socialworkr.connection.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.connection.ConnectionRequestView;

/** A pending request with the other member's name: the requester for incoming, the addressee for outgoing. */
record RequestRow(long id, long otherId, String username, String displayName, String note, Instant createdAt) {

    static Map<Long, AccountSummary> accountsOf(Collection<ConnectionRequestView> requests, AccountDirectory accounts) {
        return accounts.findAll(requests.stream()
                .flatMap(request -> Stream.of(request.requesterId(), request.addresseeId()))
                .distinct()
                .toList());
    }

    static List<RequestRow> of(
            List<ConnectionRequestView> requests, long viewerId, Map<Long, AccountSummary> accounts) {
        return requests.stream()
                .map(request -> {
                    long otherId = request.requesterId() == viewerId ? request.addresseeId() : request.requesterId();
                    AccountSummary other = accounts.get(otherId);
                    if (other == null || other.status() != AccountStatus.ACTIVE) {
                        return null;
                    }
                    return new RequestRow(
                            request.id(),
                            otherId,
                            other.username(),
                            other.displayName(),
                            request.note(),
                            request.createdAt());
                })
                .filter(Objects::nonNull)
                .toList();
    }
}

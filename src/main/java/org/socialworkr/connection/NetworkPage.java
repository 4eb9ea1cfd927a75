package org.socialworkr.connection;

import java.util.List;

/**
 * One page of a list, newest first.
 *
 * @param nextMaxId the {@code maxId} of the next (older) page, or {@code null} on the last page
 */
public record NetworkPage(List<NetworkEntry> entries, Long nextMaxId) {

    public NetworkPage {
        entries = List.copyOf(entries);
    }

    public List<Long> accountIds() {
        return entries.stream().map(NetworkEntry::accountId).toList();
    }
}

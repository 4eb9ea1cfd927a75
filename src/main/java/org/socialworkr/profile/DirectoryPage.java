package org.socialworkr.profile;

import java.util.List;

/**
 * One page of directory results, in name order.
 *
 * @param page the page number, from 1
 * @param hasNext whether a next page exists (within {@link ProfileSearch#MAX_PAGE})
 */
public record DirectoryPage(List<DirectoryEntry> entries, int page, boolean hasNext) {

    public DirectoryPage {
        entries = List.copyOf(entries);
    }
}

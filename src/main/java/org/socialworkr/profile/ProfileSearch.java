package org.socialworkr.profile;

import java.util.Collection;
import java.util.List;

/**
 * The people directory's read side over profiles. This module owns the fields and their
 * visibility, so it alone decides who matches: a filter on a field matches a member only when
 * the viewer may see that field of theirs, exactly as the profile page would show it. Only active
 * members are found, and never those in {@link DirectoryViewer#excludedIds()}.
 */
public interface ProfileSearch {

    int PAGE_SIZE = 20;

    /** Deeper pages are refused: narrowing the filters finds people faster than paging through 1,000. */
    int MAX_PAGE = 50;

    /**
     * One page of members matching every part of the query, ordered by name.
     *
     * @param page from 1 to {@link #MAX_PAGE}
     * @throws org.socialworkr.common.InvalidRequestException for a page out of that range
     */
    DirectoryPage search(DirectoryQuery query, DirectoryViewer viewer, int page);

    /** These members as the viewer may see them, in the order asked; unknown, inactive and excluded ones are left out. */
    List<DirectoryEntry> entries(DirectoryViewer viewer, Collection<Long> accountIds);

    /**
     * Members who share a school, agency, city (or state) or practice area with the viewer, each
     * with all they share. Never the viewer. A few bounded queries, one per kind of trait.
     *
     * @param limitPerKind at most this many matches per kind of trait
     */
    List<SuggestionCandidate> suggestionCandidates(DirectoryViewer viewer, int limitPerKind);
}

package org.socialworkr.people;

import java.util.List;
import org.socialworkr.profile.DirectoryPage;
import org.socialworkr.profile.DirectoryQuery;

/** Finding colleagues: the directory search and "people you may know", for logged-in members. */
public interface PeopleDirectory {

    /**
     * One page of members matching the query, as the viewer may see them; members blocked either
     * way are never found, and a filter only matches fields the viewer may see.
     *
     * @throws org.socialworkr.common.InvalidRequestException for a page out of range
     */
    DirectoryPage search(long viewerId, DirectoryQuery query, int page);

    /**
     * Members the viewer may know, best first, each with why: never the viewer, their
     * connections, anyone with a pending request either way, or anyone blocked either way.
     */
    List<PersonSuggestion> suggestions(long viewerId, int limit);
}

package org.socialworkr.profile;

import java.util.Set;

/**
 * The member searching the directory, with what the profile module cannot know by itself: whom
 * they are connected to (for fields shown to connections) and whom they must not see at all
 * (blocked either way, or already handled elsewhere). Both sets come from the connections module.
 *
 * @param accountId the member searching; they see every field of their own profile
 * @param connectionIds the member's connections, who see fields shown to connections
 * @param excludedIds members left out of every answer
 */
public record DirectoryViewer(long accountId, Set<Long> connectionIds, Set<Long> excludedIds) {

    public DirectoryViewer {
        connectionIds = Set.copyOf(connectionIds);
        excludedIds = Set.copyOf(excludedIds);
    }

    /** How this viewer stands to a member, for the visibility of that member's fields. */
    public ProfileViewer relationTo(long memberId) {
        if (memberId == accountId) {
            return ProfileViewer.OWNER;
        }
        return connectionIds.contains(memberId) ? ProfileViewer.CONNECTION : ProfileViewer.MEMBER;
    }
}

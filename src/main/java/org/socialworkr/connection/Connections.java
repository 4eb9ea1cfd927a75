package org.socialworkr.connection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialworkr.profile.FieldVisibility;

/**
 * Connecting, following, blocking and muting, and the questions other modules ask before they
 * show one member's content to another. Every command checks that the acting member may do it:
 * nobody acts for someone else, and a block refuses every action between the two members.
 */
public interface Connections {

    /** @param note an optional short note for the addressee (at most 300 characters) */
    ConnectionRequestView requestConnection(long requesterId, long addresseeId, String note);

    void accept(long addresseeId, long requestId);

    void decline(long addresseeId, long requestId);

    void cancel(long requesterId, long requestId);

    /** Ends a connection from either side; the follows it implied end too. */
    void removeConnection(long memberId, long otherId);

    List<ConnectionRequestView> incomingRequests(long memberId);

    /** A pending request the member sent or received; anyone else's requests are not found. */
    Optional<ConnectionRequestView> pendingRequest(long memberId, long requestId);

    List<ConnectionRequestView> outgoingRequests(long memberId);

    void follow(long followerId, long followeeId);

    void unfollow(long followerId, long followeeId);

    /** Removes any connection, request and follows between the two, and refuses them from now on. */
    void block(long blockerId, long blockedId);

    void unblock(long blockerId, long blockedId);

    void mute(long muterId, long mutedId);

    void unmute(long muterId, long mutedId);

    Relationship relationship(long viewerId, long otherId);

    /** One query per kind of relationship, never one per member. */
    Map<Long, Relationship> relationships(long viewerId, Collection<Long> otherIds);

    Set<Long> connectionIds(long memberId);

    Set<Long> followingIds(long memberId);

    /** Members who blocked this member or whom this member blocked. */
    Set<Long> blockedEitherWay(long memberId);

    Set<Long> mutedIds(long memberId);

    /** Connections the two members share, newest first, at most {@code limit}. */
    List<Long> connectionsInCommon(long memberId, long otherId, int limit);

    int countConnectionsInCommon(long memberId, long otherId);

    /** The member's connections, newest first; {@code maxId} is the cursor of the last entry seen. */
    NetworkPage connectionList(long memberId, Long maxId, int limit);

    NetworkPage followerList(long memberId, Long maxId, int limit);

    NetworkPage followingList(long memberId, Long maxId, int limit);

    /** Whom the member blocked: for the member's own eyes only. */
    NetworkPage blockedList(long memberId, Long maxId, int limit);

    /** Whom the member muted: for the member's own eyes only. */
    NetworkPage mutedList(long memberId, Long maxId, int limit);

    NetworkCounts counts(long memberId);

    /** Who may see the member's connections, followers and following (default: members). */
    FieldVisibility networkVisibility(long memberId);

    void changeNetworkVisibility(long memberId, FieldVisibility visibility);

    /**
     * Whether the viewer may see the owner's lists and their counts, by the owner's setting. A
     * member the owner blocked sees none of them, whatever the setting.
     *
     * @param viewerId the member looking, or {@code null} for a visitor
     */
    boolean canSeeNetwork(Long viewerId, long ownerId);

    /**
     * The counts of each owner whose network the viewer may see by {@link #canSeeNetwork}'s rule,
     * in a fixed number of statements whatever the number of owners; the others are left out.
     *
     * @param viewerId the member looking, or {@code null} for a visitor
     */
    Map<Long, NetworkCounts> visibleCounts(Long viewerId, Collection<Long> ownerIds);
}

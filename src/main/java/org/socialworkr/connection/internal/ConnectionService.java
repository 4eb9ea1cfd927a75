package org.socialworkr.connection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.socialworkr.connection.ConnectionAccepted;
import org.socialworkr.connection.ConnectionRequestNotFoundException;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.ConnectionRequested;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.FollowStarted;
import org.socialworkr.connection.MemberBlocked;
import org.socialworkr.connection.NetworkCounts;
import org.socialworkr.connection.NetworkPage;
import org.socialworkr.connection.Relationship;
import org.socialworkr.connection.RelationshipChanged;
import org.socialworkr.profile.FieldVisibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connections, follows, blocks and mutes. Refusals because of a block never say who blocked whom:
 * the member who was blocked reads the same sentence as the one who blocked.
 */
@Service
class ConnectionService implements Connections {

    static final String REQUEST_LIMIT = "connection-request-per-account";
    static final FieldVisibility DEFAULT_NETWORK_VISIBILITY = FieldVisibility.MEMBERS;
    private static final int MAX_LISTED_REQUESTS = 200;
    private static final int MAX_PAGE_SIZE = 100;

    private final MemberConnections connections;
    private final NetworkStore store;
    private final NetworkCountsCache counts;
    private final AccountDirectory accounts;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectionService(
            MemberConnections connections,
            NetworkStore store,
            NetworkCountsCache counts,
            AccountDirectory accounts,
            RateLimiter rateLimiter,
            ApplicationEventPublisher events,
            Clock clock) {
        this.connections = connections;
        this.store = store;
        this.counts = counts;
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConnectionRequestView requestConnection(long requesterId, long addresseeId, String note) {
        requireOther(requesterId, addresseeId);
        requireActive(addresseeId);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MemberConnection.MAX_NOTE_LENGTH) {
            throw new InvalidRequestException("error.connection.noteTooLong", MemberConnection.MAX_NOTE_LENGTH);
        }
        if (store.blockedEitherWay(requesterId, addresseeId)) {
            throw new NotAllowedException("error.connection.cannotConnect");
        }
        connections
                .findByMemberLowAndMemberHigh(Math.min(requesterId, addresseeId), Math.max(requesterId, addresseeId))
                .ifPresent(existing -> {
                    throw new InvalidRequestException(
                            !existing.isPending()
                                    ? "error.connection.alreadyConnected"
                                    : existing.requesterId() == requesterId
                                            ? "error.connection.alreadyRequested"
                                            : "error.connection.theyAsked");
                });
        rateLimiter.acquire(REQUEST_LIMIT, Long.toString(requesterId));
        MemberConnection request;
        try {
            request = connections.saveAndFlush(
                    MemberConnection.request(requesterId, addresseeId, cleanNote, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // The other member asked at the same moment, or a double submit: the pair exists now.
            throw new InvalidRequestException("error.connection.alreadyRequested");
        }
        events.publishEvent(new ConnectionRequested(request.id(), requesterId, addresseeId));
        return request.toView();
    }

    @Override
    @Transactional
    public void accept(long addresseeId, long requestId) {
        MemberConnection request = connections.findById(requestId).orElseThrow(ConnectionRequestNotFoundException::new);
        request.requireAddressedTo(addresseeId);
        long requesterId = request.requesterId();
        // Blocking deletes pending requests, so this only guards a request made in the same instant.
        if (store.blockedEitherWay(addresseeId, requesterId)) {
            throw new NotAllowedException("error.connection.cannotConnect");
        }
        Instant now = clock.instant();
        request.accept(addresseeId, now);
        events.publishEvent(new ConnectionAccepted(request.id(), requesterId, addresseeId));
        events.publishEvent(new RelationshipChanged(requesterId, addresseeId));
        if (store.addFollow(requesterId, addresseeId, now)) {
            events.publishEvent(new FollowStarted(requesterId, addresseeId));
        }
        if (store.addFollow(addresseeId, requesterId, now)) {
            events.publishEvent(new FollowStarted(addresseeId, requesterId));
        }
    }

    @Override
    @Transactional
    public void decline(long addresseeId, long requestId) {
        MemberConnection request = connections.findById(requestId).orElseThrow(ConnectionRequestNotFoundException::new);
        request.requireAddressedTo(addresseeId);
        // Deleted rather than kept as declined: the requester is not told, and may ask again later.
        connections.delete(request);
    }

    @Override
    @Transactional
    public void cancel(long requesterId, long requestId) {
        MemberConnection request = connections.findById(requestId).orElseThrow(ConnectionRequestNotFoundException::new);
        request.requireSentBy(requesterId);
        connections.delete(request);
    }

    @Override
    @Transactional
    public void removeConnection(long memberId, long otherId) {
        requireOther(memberId, otherId);
        requireExists(otherId);
        if (store.removeAcceptedConnectionBetween(memberId, otherId)) {
            store.removeFollowsBetween(memberId, otherId);
            events.publishEvent(new RelationshipChanged(memberId, otherId));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConnectionRequestView> incomingRequests(long memberId) {
        return connections
                .findIncoming(memberId, MemberConnection.Status.PENDING, Limit.of(MAX_LISTED_REQUESTS))
                .stream()
                .map(MemberConnection::toView)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConnectionRequestView> pendingRequest(long memberId, long requestId) {
        return connections
                .findById(requestId)
                .filter(MemberConnection::isPending)
                .filter(request -> request.requesterId() == memberId || request.addresseeId() == memberId)
                .map(MemberConnection::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConnectionRequestView> outgoingRequests(long memberId) {
        return connections
                .findOutgoing(memberId, MemberConnection.Status.PENDING, Limit.of(MAX_LISTED_REQUESTS))
                .stream()
                .map(MemberConnection::toView)
                .toList();
    }

    @Override
    @Transactional
    public void follow(long followerId, long followeeId) {
        requireOther(followerId, followeeId);
        requireActive(followeeId);
        if (store.blockedEitherWay(followerId, followeeId)) {
            throw new NotAllowedException("error.connection.cannotFollow");
        }
        if (store.addFollow(followerId, followeeId, clock.instant())) {
            events.publishEvent(new FollowStarted(followerId, followeeId));
            events.publishEvent(new RelationshipChanged(followerId, followeeId));
        }
    }

    @Override
    @Transactional
    public void unfollow(long followerId, long followeeId) {
        requireOther(followerId, followeeId);
        requireExists(followeeId);
        store.removeFollow(followerId, followeeId);
        events.publishEvent(new RelationshipChanged(followerId, followeeId));
    }

    @Override
    @Transactional
    public void block(long blockerId, long blockedId) {
        requireOther(blockerId, blockedId);
        requireExists(blockedId);
        store.removeConnectionBetween(blockerId, blockedId);
        store.removeFollowsBetween(blockerId, blockedId);
        events.publishEvent(new RelationshipChanged(blockerId, blockedId));
        if (store.addBlock(blockerId, blockedId, clock.instant())) {
            events.publishEvent(new MemberBlocked(blockerId, blockedId));
        }
    }

    @Override
    @Transactional
    public void unblock(long blockerId, long blockedId) {
        requireOther(blockerId, blockedId);
        requireExists(blockedId);
        store.removeBlock(blockerId, blockedId);
        events.publishEvent(new RelationshipChanged(blockerId, blockedId));
    }

    @Override
    @Transactional
    public void mute(long muterId, long mutedId) {
        requireOther(muterId, mutedId);
        requireExists(mutedId);
        store.addMute(muterId, mutedId, clock.instant());
        events.publishEvent(new RelationshipChanged(muterId, mutedId));
    }

    @Override
    @Transactional
    public void unmute(long muterId, long mutedId) {
        requireOther(muterId, mutedId);
        requireExists(mutedId);
        store.removeMute(muterId, mutedId);
        events.publishEvent(new RelationshipChanged(muterId, mutedId));
    }

    @Override
    @Transactional(readOnly = true)
    public Relationship relationship(long viewerId, long otherId) {
        if (viewerId == otherId) {
            return Relationship.NONE;
        }
        return store.relationships(viewerId, List.of(otherId)).getOrDefault(otherId, Relationship.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Relationship> relationships(long viewerId, Collection<Long> otherIds) {
        return store.relationships(
                viewerId,
                otherIds.stream().filter(id -> id != viewerId).distinct().toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> connectionIds(long memberId) {
        return Set.copyOf(store.connectionIds(memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> followingIds(long memberId) {
        return Set.copyOf(store.followingIds(memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> blockedEitherWay(long memberId) {
        return Set.copyOf(store.blockedEitherWay(memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> mutedIds(long memberId) {
        return Set.copyOf(store.mutedIds(memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> connectionsInCommon(long memberId, long otherId, int limit) {
        return store.connectionsInCommon(memberId, otherId, pageSize(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public int countConnectionsInCommon(long memberId, long otherId) {
        return memberId == otherId ? 0 : store.countConnectionsInCommon(memberId, otherId);
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkPage connectionList(long memberId, Long maxId, int limit) {
        return store.connectionList(memberId, maxId, pageSize(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkPage followerList(long memberId, Long maxId, int limit) {
        return store.followerList(memberId, maxId, pageSize(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkPage followingList(long memberId, Long maxId, int limit) {
        return store.followingList(memberId, maxId, pageSize(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkPage blockedList(long memberId, Long maxId, int limit) {
        return store.blockedList(memberId, maxId, pageSize(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkPage mutedList(long memberId, Long maxId, int limit) {
        return store.mutedList(memberId, maxId, pageSize(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkCounts counts(long memberId) {
        return store.counts(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public FieldVisibility networkVisibility(long memberId) {
        return store.networkVisibility(memberId).orElse(DEFAULT_NETWORK_VISIBILITY);
    }

    @Override
    @Transactional
    public void changeNetworkVisibility(long memberId, FieldVisibility visibility) {
        if (visibility == null) {
            throw new InvalidRequestException("error.connection.visibilityMissing");
        }
        store.changeNetworkVisibility(memberId, visibility);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSeeNetwork(Long viewerId, long ownerId) {
        return seesNetwork(
                viewerId,
                ownerId,
                networkVisibility(ownerId),
                () -> store.blocks(ownerId, viewerId),
                () -> store.connected(viewerId, ownerId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, NetworkCounts> visibleCounts(Long viewerId, Collection<Long> ownerIds) {
        Set<Long> owners = Set.copyOf(ownerIds);
        if (owners.isEmpty()) {
            return Map.of();
        }
        Map<Long, FieldVisibility> visibilities = store.networkVisibilities(owners);
        Map<Long, Relationship> relationships = viewerId == null
                ? Map.of()
                : store.relationships(
                        viewerId,
                        owners.stream().filter(owner -> !owner.equals(viewerId)).toList());
        Set<Long> visible = owners.stream()
                .filter(owner -> {
                    Relationship relationship = relationships.getOrDefault(owner, Relationship.NONE);
                    return seesNetwork(
                            viewerId,
                            owner,
                            visibilities.getOrDefault(owner, DEFAULT_NETWORK_VISIBILITY),
                            relationship::blockedBy,
                            relationship::connected);
                })
                .collect(Collectors.toSet());
        return visible.isEmpty() ? Map.of() : counts.counts(visible);
    }

    /** {@link #canSeeNetwork}'s rule; the suppliers are asked only when the setting needs them. */
    private static boolean seesNetwork(
            Long viewerId,
            long ownerId,
            FieldVisibility visibility,
            BooleanSupplier ownerBlocksViewer,
            BooleanSupplier connected) {
        if (viewerId != null && viewerId == ownerId) {
            return true;
        }
        if (viewerId != null && ownerBlocksViewer.getAsBoolean()) {
            return false;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> viewerId != null;
            case CONNECTIONS -> viewerId != null && connected.getAsBoolean();
            case ONLY_ME -> false;
        };
    }

    private static void requireOther(long memberId, long otherId) {
        if (memberId == otherId) {
            throw new InvalidRequestException("error.connection.self");
        }
    }

    /** Pending and suspended members cannot be asked, followed or found: they look unknown. */
    private void requireActive(long accountId) {
        accounts.findById(accountId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(AccountNotFoundException::new);
    }

    /** Undoing (unfollow, unblock) works also towards a suspended member, so nothing gets stuck. */
    private void requireExists(long accountId) {
        accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
    }
}

package org.socialworkr.connection.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.socialworkr.connection.ConnectionRequestNotFoundException;
import org.socialworkr.connection.ConnectionRequestView;

/**
 * A request to connect and, once accepted, the connection itself: one row per pair of members,
 * stored with the lower id first so the pair is unique whichever of the two asked.
 */
@Entity
@Table(name = "connections")
class MemberConnection {

    static final int MAX_NOTE_LENGTH = 300;

    enum Status {
        PENDING,
        ACCEPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberLow;
    private long memberHigh;
    private long requesterId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String note;
    private Instant createdAt;
    private Instant acceptedAt;

    /** Accept and decline at once, or accept twice: only the first wins. */
    @Version
    private Long version;

    protected MemberConnection() {}

    private MemberConnection(long requesterId, long addresseeId, String note, Instant now) {
        this.memberLow = Math.min(requesterId, addresseeId);
        this.memberHigh = Math.max(requesterId, addresseeId);
        this.requesterId = requesterId;
        this.status = Status.PENDING;
        this.note = note;
        this.createdAt = now;
    }

    static MemberConnection request(long requesterId, long addresseeId, String note, Instant now) {
        if (requesterId == addresseeId) {
            throw new IllegalArgumentException("A member cannot ask to connect with themselves");
        }
        return new MemberConnection(requesterId, addresseeId, note, now);
    }

    /** Only the addressee accepts, and only a pending request; anyone else finds no such request. */
    void accept(long by, Instant now) {
        requireAddressedTo(by);
        status = Status.ACCEPTED;
        acceptedAt = now;
    }

    void requireAddressedTo(long memberId) {
        if (status != Status.PENDING || addresseeId() != memberId) {
            throw new ConnectionRequestNotFoundException();
        }
    }

    void requireSentBy(long memberId) {
        if (status != Status.PENDING || requesterId != memberId) {
            throw new ConnectionRequestNotFoundException();
        }
    }

    long id() {
        return id;
    }

    long requesterId() {
        return requesterId;
    }

    long addresseeId() {
        return requesterId == memberLow ? memberHigh : memberLow;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    ConnectionRequestView toView() {
        return new ConnectionRequestView(id, requesterId, addresseeId(), note, createdAt);
    }
}

package org.socialworkr.connection;

/**
 * How the viewer stands towards another member.
 *
 * @param connected mutual connection (implies following both ways)
 * @param requestSent the viewer asked to connect and waits
 * @param requestReceived the other member asked the viewer to connect
 * @param pendingRequestId the id of the pending request either way, or {@code null}
 * @param following the viewer follows the other
 * @param followedBy the other follows the viewer
 * @param blocking the viewer blocked the other
 * @param blockedBy the other blocked the viewer (shown to nobody; used to refuse actions)
 * @param muting the viewer muted the other (the other never learns it)
 */
public record Relationship(
        boolean connected,
        boolean requestSent,
        boolean requestReceived,
        Long pendingRequestId,
        boolean following,
        boolean followedBy,
        boolean blocking,
        boolean blockedBy,
        boolean muting) {

    public static final Relationship NONE =
            new Relationship(false, false, false, null, false, false, false, false, false);

    public boolean blockedEitherWay() {
        return blocking || blockedBy;
    }
}

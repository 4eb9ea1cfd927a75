package org.socialworkr.connection.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.connection.Relationship;

/** The JSON shapes of the connections API, Mastodon-like where Mastodon has an equivalent: ids are strings. */
final class ApiJson {

    private ApiJson() {}

    record Account(
            String id, String username, String acct, @JsonProperty("display_name") String displayName, String url) {

        static Account of(AccountSummary account, String url) {
            return new Account(
                    Long.toString(account.id()), account.username(), account.username(), account.displayName(), url);
        }
    }

    /**
     * How the viewer stands towards one member. Whether the other blocked the viewer is left out on
     * purpose: the blocked member is never told.
     */
    record RelationshipJson(
            String id,
            boolean following,
            @JsonProperty("followed_by") boolean followedBy,
            boolean blocking,
            boolean muting,
            boolean connected,
            boolean requested,
            @JsonProperty("requested_by") boolean requestedBy,
            @JsonProperty("connection_request_id") String connectionRequestId) {

        static RelationshipJson of(long otherId, Relationship relationship) {
            return new RelationshipJson(
                    Long.toString(otherId),
                    relationship.following(),
                    relationship.followedBy(),
                    relationship.blocking(),
                    relationship.muting(),
                    relationship.connected(),
                    relationship.requestSent(),
                    relationship.requestReceived(),
                    relationship.pendingRequestId() == null
                            ? null
                            : relationship.pendingRequestId().toString());
        }
    }

    record ConnectionRequest(
            String id,
            @JsonProperty("requester_id") String requesterId,
            @JsonProperty("addressee_id") String addresseeId,
            Account account,
            String note,
            @JsonProperty("created_at") Instant createdAt) {}

    record ConnectionRequests(List<ConnectionRequest> incoming, List<ConnectionRequest> outgoing) {}

    record ConnectBody(@Size(max = 300, message = "{connection.validation.noteTooLong}") String note) {}
}

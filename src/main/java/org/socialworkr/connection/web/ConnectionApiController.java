package org.socialworkr.connection.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.connection.ConnectionRequestNotFoundException;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.NetworkPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * SocialWorkr's connections as JSON (requests, accept, decline, cancel, lists). Follows, blocks,
 * mutes and relationships are Mastodon's and live in the API module. Lists page Mastodon's way:
 * newest first, an optional {@code max_id} and {@code limit}, and a {@code Link} header to the next page.
 */
@RestController
@RequestMapping("/api/v1")
class ConnectionApiController {

    static final int DEFAULT_LIMIT = 40;
    static final int MAX_LIMIT = 80;

    private final Connections connections;
    private final AccountDirectory accounts;
    private final InstanceProperties instance;

    ConnectionApiController(Connections connections, AccountDirectory accounts, InstanceProperties instance) {
        this.connections = connections;
        this.accounts = accounts;
        this.instance = instance;
    }

    @GetMapping("/connections")
    ResponseEntity<List<ApiJson.Account>> myConnections(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        return listOf(connections.connectionList(currentAccount.id(), maxId, limitOf(limit)));
    }

    @GetMapping("/connections/requests")
    ApiJson.ConnectionRequests requests(CurrentAccount currentAccount) {
        long me = currentAccount.id();
        List<ConnectionRequestView> incoming = connections.incomingRequests(me);
        List<ConnectionRequestView> outgoing = connections.outgoingRequests(me);
        List<ConnectionRequestView> all = new ArrayList<>(incoming);
        all.addAll(outgoing);
        Map<Long, AccountSummary> found = RequestRow.accountsOf(all, accounts);
        return new ApiJson.ConnectionRequests(requestsJson(incoming, me, found), requestsJson(outgoing, me, found));
    }

    @PostMapping("/accounts/{id}/connect")
    ApiJson.ConnectionRequest connect(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @Valid @RequestBody(required = false) ApiJson.ConnectBody body) {
        ConnectionRequestView request =
                connections.requestConnection(currentAccount.id(), id, body == null ? null : body.note());
        AccountSummary addressee = accounts.findById(id).orElseThrow(AccountNotFoundException::new);
        return requestJson(request, addressee);
    }

    @PostMapping("/connections/requests/{id}/accept")
    ApiJson.RelationshipJson accept(CurrentAccount currentAccount, @PathVariable long id) {
        long other = otherOf(currentAccount, id);
        connections.accept(currentAccount.id(), id);
        return relationship(currentAccount, other);
    }

    @PostMapping("/connections/requests/{id}/decline")
    ApiJson.RelationshipJson decline(CurrentAccount currentAccount, @PathVariable long id) {
        long other = otherOf(currentAccount, id);
        connections.decline(currentAccount.id(), id);
        return relationship(currentAccount, other);
    }

    @PostMapping("/connections/requests/{id}/cancel")
    ApiJson.RelationshipJson cancel(CurrentAccount currentAccount, @PathVariable long id) {
        long other = otherOf(currentAccount, id);
        connections.cancel(currentAccount.id(), id);
        return relationship(currentAccount, other);
    }

    @DeleteMapping("/connections/{accountId}")
    ApiJson.RelationshipJson remove(CurrentAccount currentAccount, @PathVariable long accountId) {
        return act(currentAccount, accountId, other -> connections.removeConnection(currentAccount.id(), other));
    }

    @GetMapping("/accounts/{id}/connections")
    ResponseEntity<List<ApiJson.Account>> connectionsOf(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        return listOf(connections.connectionList(visibleNetworkOf(currentAccount, id), maxId, limitOf(limit)));
    }

    private ApiJson.RelationshipJson act(CurrentAccount currentAccount, long otherId, Consumer<Long> action) {
        action.accept(otherId);
        return relationship(currentAccount, otherId);
    }

    private ApiJson.RelationshipJson relationship(CurrentAccount currentAccount, long otherId) {
        return ApiJson.RelationshipJson.of(otherId, connections.relationship(currentAccount.id(), otherId));
    }

    private long otherOf(CurrentAccount currentAccount, long requestId) {
        ConnectionRequestView request = connections
                .pendingRequest(currentAccount.id(), requestId)
                .orElseThrow(ConnectionRequestNotFoundException::new);
        return request.requesterId() == currentAccount.id() ? request.addresseeId() : request.requesterId();
    }

    private long visibleNetworkOf(CurrentAccount viewer, long ownerId) {
        accounts.findById(ownerId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(AccountNotFoundException::new);
        if (!connections.canSeeNetwork(viewer.id(), ownerId)) {
            throw new NotAllowedException("error.connection.listHidden");
        }
        return ownerId;
    }

    private ResponseEntity<List<ApiJson.Account>> listOf(NetworkPage page) {
        List<ApiJson.Account> body = MemberRow.of(page, accounts).stream()
                .map(row -> new ApiJson.Account(
                        Long.toString(row.accountId()),
                        row.username(),
                        row.username(),
                        row.displayName(),
                        instance.absoluteUrl("/@" + row.username())))
                .toList();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.nextMaxId() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("max_id", page.nextMaxId())
                    .toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(body);
    }

    private List<ApiJson.ConnectionRequest> requestsJson(
            Collection<ConnectionRequestView> requests, long me, Map<Long, AccountSummary> found) {
        return requests.stream()
                .filter(request -> isActive(
                        found.get(request.requesterId() == me ? request.addresseeId() : request.requesterId())))
                .map(request -> requestJson(
                        request,
                        found.get(request.requesterId() == me ? request.addresseeId() : request.requesterId())))
                .toList();
    }

    private static boolean isActive(AccountSummary account) {
        return account != null && account.status() == AccountStatus.ACTIVE;
    }

    /** @param other the member on the other side, as the viewer sees the request */
    private ApiJson.ConnectionRequest requestJson(ConnectionRequestView request, AccountSummary other) {
        return new ApiJson.ConnectionRequest(
                Long.toString(request.id()),
                Long.toString(request.requesterId()),
                Long.toString(request.addresseeId()),
                ApiJson.Account.of(other, instance.absoluteUrl("/@" + other.username())),
                request.note(),
                request.createdAt());
    }

    private static int limitOf(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}

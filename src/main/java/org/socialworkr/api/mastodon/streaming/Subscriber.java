package org.socialworkr.api.mastodon.streaming;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.socialworkr.account.CurrentAccount;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/** One open socket: the member, the token's scopes and the streams it listens to. */
final class Subscriber {

    /** A client that reads too slowly is dropped rather than holding the listener threads. */
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;

    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final WebSocketSession session;
    private final CurrentAccount member;
    private final Set<String> scopes;
    private final String token;
    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();

    Subscriber(WebSocketSession session, CurrentAccount member, Set<String> scopes, String token) {
        this.session = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, BUFFER_LIMIT_BYTES);
        this.member = member;
        this.scopes = Set.copyOf(scopes);
        this.token = token;
    }

    /** The access token the socket was opened with: it lives only as long as the token does. */
    String token() {
        return token;
    }

    CurrentAccount member() {
        return member;
    }

    Set<Subscription> subscriptions() {
        return subscriptions;
    }

    boolean mayListenTo(Subscription subscription) {
        return subscription.scopes().stream().anyMatch(scopes::contains);
    }

    boolean mayReadNotifications() {
        return scopes.contains("read") || scopes.contains("read:notifications");
    }

    void subscribe(Subscription subscription) {
        subscriptions.add(subscription);
    }

    void unsubscribe(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    void close(CloseStatus status) throws IOException {
        session.close(status);
    }

    void send(String json) throws IOException {
        if (session.isOpen()) {
            session.sendMessage(new TextMessage(json));
        }
    }
}

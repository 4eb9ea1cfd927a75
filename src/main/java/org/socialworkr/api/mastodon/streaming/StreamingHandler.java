package org.socialworkr.api.mastodon.streaming;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.account.CurrentAccount;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sockets of the streaming API and Mastodon's wire format: a stream chosen in the URL
 * ({@code ?stream=user}) or by messages ({@code {"type":"subscribe","stream":"hashtag","tag":"cbt"}}),
 * and events as {@code {"stream":[…],"event":"update","payload":"<JSON of the status>"}}.
 */
@Component
class StreamingHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(StreamingHandler.class);

    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final JsonMapper json;

    StreamingHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Subscriber subscriber = new Subscriber(
                session,
                (CurrentAccount) session.getAttributes().get(MemberHandshakeInterceptor.MEMBER),
                scopesOf(session),
                (String) session.getAttributes().get(MemberHandshakeInterceptor.TOKEN));
        var query = UriComponentsBuilder.fromUri(session.getUri()).build().getQueryParams();
        String stream = query.getFirst("stream");
        if (stream != null) {
            Optional<Subscription> subscription = Subscription.of(stream, query.getFirst("tag"));
            if (subscription.isEmpty()) {
                refuse(session, subscriber, error("Unknown stream type", 400));
                return;
            }
            if (!subscriber.mayListenTo(subscription.get())) {
                refuse(session, subscriber, error("Access token does not have the required scopes", 401));
                return;
            }
            subscriber.subscribe(subscription.get());
        }
        subscribers.put(session.getId(), subscriber);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        Subscriber subscriber = subscribers.get(session.getId());
        if (subscriber == null) {
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            subscriber.send(error("Could not parse the message", 400));
            return;
        }
        String type = request.path("type").asString("");
        if (!type.equals("subscribe") && !type.equals("unsubscribe")) {
            subscriber.send(error("Unknown message type", 400));
            return;
        }
        Optional<Subscription> subscription = Subscription.of(
                request.path("stream").asString(null), request.path("tag").asString(null));
        if (subscription.isEmpty()) {
            subscriber.send(error("Unknown stream type", 400));
        } else if (type.equals("unsubscribe")) {
            subscriber.unsubscribe(subscription.get());
        } else if (!subscriber.mayListenTo(subscription.get())) {
            subscriber.send(error("Access token does not have the required scopes", 401));
        } else {
            subscriber.subscribe(subscription.get());
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        subscribers.remove(session.getId());
    }

    Collection<Subscriber> subscribers() {
        return subscribers.values();
    }

    /** Sends one event; a socket that fails is closed by its decorator and forgotten on close. */
    void send(Subscriber subscriber, Subscription subscription, String event, Object payload) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("stream", subscription.names());
        message.put("event", event);
        message.put("payload", payload instanceof String text ? text : json.writeValueAsString(payload));
        try {
            subscriber.send(json.writeValueAsString(message));
        } catch (IOException | IllegalStateException e) {
            log.debug(
                    "Could not stream {} to member {}",
                    event,
                    subscriber.member().id(),
                    e);
        }
    }

    /** As Mastodon does for a stream asked for in the URL: says why, then closes. */
    private static void refuse(WebSocketSession session, Subscriber subscriber, String error) throws IOException {
        subscriber.send(error);
        session.close(CloseStatus.POLICY_VIOLATION);
    }

    private String error(String text, int status) {
        return json.writeValueAsString(Map.of("error", text, "status", status));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> scopesOf(WebSocketSession session) {
        return (Set<String>) session.getAttributes().get(MemberHandshakeInterceptor.SCOPES);
    }
}

package org.socialworkr.chat;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A member logged in over HTTP (the real login form) and connected to the chat socket with that
 * session, as a browser would be: what the server pushes lands in {@link #events}.
 */
final class StompMember implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    final CompletableFuture<String> error = new CompletableFuture<>();
    private final WebSocketStompClient client;
    private StompSession session;
    final String sessionCookie;

    private StompMember(String sessionCookie) {
        this.sessionCookie = sessionCookie;
        this.client = new WebSocketStompClient(new StandardWebSocketClient());
        this.client.setMessageConverter(new JacksonJsonMessageConverter());
    }

    /** Logs in through the form and returns the session cookie ("JSESSIONID=..."). */
    static String login(URI base, String username, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302
                || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed for " + username + ": " + answer.statusCode());
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie for " + username));
    }

    static StompMember connect(URI base, String sessionCookie) throws Exception {
        StompMember member = new StompMember(sessionCookie);
        member.open(base);
        return member;
    }

    private void open(URI base) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", sessionCookie);
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/chat");
        session = client.connectAsync(ws, headers, new StompHeaders(), new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders frameHeaders, Object payload) {
                        error.complete(String.valueOf(frameHeaders.getFirst("message")));
                    }

                    @Override
                    public void handleException(
                            StompSession s, StompCommand command, StompHeaders h, byte[] payload, Throwable e) {
                        error.complete(e.toString());
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable e) {
                        error.complete(e.toString());
                    }
                })
                .get(20, TimeUnit.SECONDS);
    }

    /** Subscribes to the member's own events, as chat.js does. */
    void subscribeOwnEvents() {
        subscribe("/user/topic/chat");
    }

    void subscribe(String destination) {
        session.subscribe(destination, new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                events.add((Map<String, Object>) payload);
            }
        });
    }

    void send(String destination, Map<String, Object> payload) {
        session.send(destination, payload);
    }

    /** The next event of this type, skipping others, or {@code null} after the timeout. */
    Map<String, Object> next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Map<String, Object> event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null) {
                return null;
            }
            if (type.equals(event.get("type"))) {
                return event;
            }
        }
    }

    boolean connected() {
        return session != null && session.isConnected();
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            try {
                session.disconnect();
            } catch (MessageDeliveryException closedByTheServerMeanwhile) {
                // After an ERROR frame the server closes the socket; there is nothing left to disconnect.
            }
        }
        client.stop();
    }
}

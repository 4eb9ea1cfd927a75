package org.socialworkr.durability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Browsers signing up new members through the real form, each with its own session, as fast as
 * the application answers. A sign-up counts as acknowledged once the member has seen the
 * redirect to /signup/done: from then on the application has promised that the account exists.
 */
final class SignUpLoad {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final URI baseUri;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final CountDownLatch warmedUp;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger unexpectedAnswers = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;

    private SignUpLoad(URI baseUri, int warmUpSignUps) {
        this.baseUri = baseUri;
        this.warmedUp = new CountDownLatch(warmUpSignUps);
    }

    /**
     * Starts {@code clientCount} clients whose usernames all begin with {@code usernamePrefix}; the
     * load counts as warmed up after {@code warmUpSignUps} acknowledged sign-ups.
     */
    static SignUpLoad start(URI baseUri, String usernamePrefix, int clientCount, int warmUpSignUps) {
        SignUpLoad load = new SignUpLoad(baseUri, warmUpSignUps);
        for (int i = 0; i < clientCount; i++) {
            String clientPrefix = usernamePrefix + i + "_";
            Thread client = new Thread(() -> load.signUpRepeatedly(clientPrefix), "sign-up-" + i);
            client.setDaemon(true);
            load.clients.add(client);
            client.start();
        }
        return load;
    }

    /**
     * Waits for the warm-up sign-ups: a freshly started JVM on a busy runner may take seconds for
     * its first answers, and a kill before the first acknowledgement would prove nothing.
     */
    boolean awaitWarmedUp(Duration timeout) throws InterruptedException {
        return warmedUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sign-ups sent whose answer has not arrived yet. */
    int inFlight() {
        return inFlight.get();
    }

    int unexpectedAnswers() {
        return unexpectedAnswers.get();
    }

    /** Stops the clients (their connections fail once the application is gone) and returns what was acknowledged. */
    Set<String> stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(REQUEST_TIMEOUT.toMillis() + 5_000);
        }
        return Set.copyOf(acknowledged);
    }

    private void signUpRepeatedly(String clientPrefix) {
        // One session per client: its CSRF token stays valid for every sign-up, which saves a GET each.
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        String csrfToken = null;
        int sequence = 0;
        while (running) {
            try {
                if (csrfToken == null) {
                    csrfToken = csrfToken(http);
                }
                String username = clientPrefix + sequence++;
                if (signUp(http, username, csrfToken)) {
                    acknowledged.add(username);
                    warmedUp.countDown();
                } else {
                    unexpectedAnswers.incrementAndGet();
                    csrfToken = null;
                }
            } catch (IOException e) {
                // Expected once the application has been killed; stop() ends the loop right after.
                csrfToken = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String csrfToken(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(baseUri.resolve("/signup"))
                        .timeout(REQUEST_TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CSRF_INPUT.matcher(page.body());
        if (page.statusCode() != 200 || !matcher.find()) {
            throw new IOException("No sign-up form: HTTP " + page.statusCode());
        }
        return matcher.group(1);
    }

    /** True if the application acknowledged the sign-up with its redirect to /signup/done. */
    private boolean signUp(HttpClient http, String username, String csrfToken)
            throws IOException, InterruptedException {
        String form = formEncode(Map.of(
                "_csrf", csrfToken,
                "username", username,
                "email", username + "@crash-test.example.org",
                "password", "durable password " + username,
                "displayName", "Crash Test " + username));
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/signup"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        inFlight.incrementAndGet();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 302
                    && response.headers()
                            .firstValue("Location")
                            .filter(location -> location.endsWith("/signup/done"))
                            .isPresent();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

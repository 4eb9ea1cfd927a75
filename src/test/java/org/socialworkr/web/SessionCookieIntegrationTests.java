package org.socialworkr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie as a real browser receives it from the real server: not readable by
 * scripts, not sent along with cross-site requests, and renewed at login so a session id planted
 * before login is worth nothing after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class SessionCookieIntegrationTests {

    private static final Pattern CSRF_FIELD =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);

        String cookie =
                sessionCookie(loginPage).orElseThrow(() -> new AssertionError("no session cookie on the login page"));
        Map<String, String> attributes = attributes(cookie);
        assertThat(attributes).containsKey("httponly");
        assertThat(attributes.get("samesite")).isIn("Lax", "Strict");
        assertThat(attributes.get("path")).isEqualTo("/");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        TestAccount member = accounts.create("cookie");
        HttpResponse<String> loginPage = get("/login", null);
        String before = sessionId(sessionCookie(loginPage).orElseThrow());

        HttpResponse<String> loggedIn = post(
                "/login",
                before,
                Map.of(
                        "username", member.username(),
                        "password", TestAccounts.PASSWORD,
                        "_csrf", csrfToken(loginPage.body())));

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String after = sessionId(
                sessionCookie(loggedIn).orElseThrow(() -> new AssertionError("no new session cookie at login")));
        assertThat(after).isNotEqualTo(before);

        assertThat(get("/", after).body()).contains(member.displayName());
        assertThat(get("/", before).body()).doesNotContain(member.displayName());
    }

    private HttpResponse<String> get(String path, String sessionId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String sessionId, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + sessionId)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst();
    }

    private static String sessionId(String cookie) {
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }

    private static Map<String, String> attributes(String cookie) {
        return java.util.Arrays.stream(cookie.split(";"))
                .skip(1)
                .map(String::trim)
                .collect(Collectors.toMap(
                        attribute -> attribute.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT),
                        attribute -> attribute.contains("=") ? attribute.split("=", 2)[1] : ""));
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the login form").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}

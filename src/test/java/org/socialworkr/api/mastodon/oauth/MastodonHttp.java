package org.socialworkr.api.mastodon.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running SocialWorkr as a Mastodon app does: plain HTTP, JSON and form bodies, and a
 * browser-like cookie jar (with CSRF fields read from the pages) for the member's login and consent.
 */
final class MastodonHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final int port;
    private final String base;
    private final HttpClient http;

    MastodonHttp(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    int port() {
        return port;
    }

    /** A client with its own, empty cookie jar (another device). */
    MastodonHttp fresh(int port) {
        return new MastodonHttp(port);
    }

    record Response(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String location() {
            return raw.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + this));
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    record App(String clientId, String clientSecret, JsonNode entity) {}

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    Response request(String method, String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request);
    }

    Response postForm(String path, Map<String, ?> form) throws IOException, InterruptedException {
        return postForm(path, form, null);
    }

    Response postForm(String path, Map<String, ?> form, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Response postJson(String path, Object body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    App registerApp(String scopes, String redirectUri) throws IOException, InterruptedException {
        Response response = postJson(
                "/api/v1/apps",
                Map.of("client_name", "Test app", "redirect_uris", redirectUri, "scopes", scopes),
                null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode app = response.json();
        return new App(app.get("client_id").asString(), app.get("client_secret").asString(), app);
    }

    /** Logs in through the login form (and the two-factor step when {@code code} is given); follows the redirect. */
    Response login(String username, String password, String twoFactorCode) throws IOException, InterruptedException {
        Response page = get("/login");
        Response afterPassword =
                postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf(page.body())));
        assertThat(afterPassword.status()).isEqualTo(302);
        String next = afterPassword.location();
        if (next.contains("/login/two-factor")) {
            Response codePage = get("/login/two-factor");
            Response afterCode =
                    postForm("/login/two-factor", Map.of("code", twoFactorCode, "_csrf", csrf(codePage.body())));
            assertThat(afterCode.status()).as(afterCode.body()).isEqualTo(302);
            next = afterCode.location();
        }
        return get(pathOf(next));
    }

    /** Starts the authorization request; the member must log in in this cookie jar if not yet. */
    Response authorize(App app, String redirectUri, String scope, String codeChallenge)
            throws IOException, InterruptedException {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/oauth/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", app.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", scope)
                .queryParam("state", "xyz");
        if (codeChallenge != null) {
            uri.queryParam("code_challenge", codeChallenge).queryParam("code_challenge_method", "S256");
        }
        return get(uri.encode().build().toUriString());
    }

    /**
     * On the consent page (a response redirecting to it), approves every scope asked for; a member
     * who consented before is sent back to the app at once, and that answer is returned as it is.
     */
    Response approve(Response redirectToConsent) throws IOException, InterruptedException {
        assertThat(redirectToConsent.status()).as(redirectToConsent.body()).isEqualTo(302);
        if (!redirectToConsent.location().contains("/oauth/consent")) {
            return redirectToConsent;
        }
        Response page = get(pathOf(redirectToConsent.location()));
        assertThat(page.status()).isEqualTo(200);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("client_id", field(page.body(), "client_id"));
        form.put("state", field(page.body(), "state"));
        form.put("scope", fields(page.body(), "scope"));
        form.put("_csrf", csrf(page.body()));
        return postForm("/oauth/authorize", form);
    }

    Response exchange(App app, String code, String redirectUri, String verifier)
            throws IOException, InterruptedException {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", app.clientId());
        form.put("client_secret", app.clientSecret());
        form.put("redirect_uri", redirectUri);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return postForm("/oauth/token", form);
    }

    static String codeOf(String location) {
        return UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .getFirst("code");
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in " + html).isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String field(String html, String name) {
        List<String> values = fields(html, name);
        assertThat(values).as("field " + name).isNotEmpty();
        return values.get(0);
    }

    private static List<String> fields(String html, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\"\\s+value=\"([^\"]*)\"").matcher(html);
        List<String> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            values.add(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        return values;
    }

    private String pathOf(String location) {
        URI target = URI.create(location);
        return target.isAbsolute()
                ? target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                : location;
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(Map<String, ?> form) {
        return form.entrySet().stream()
                .flatMap(field -> (field.getValue() instanceof List<?> many ? many : List.of(field.getValue()))
                        .stream()
                                .map(value -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}

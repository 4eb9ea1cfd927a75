package org.socialworkr.api.mastodon.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.socialworkr.common.audit.ClientAddresses;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mastodon's {@code /api/v1/apps}: a client app registers itself and gets its client id and secret.
 * Anyone may register without an account, so registrations per address are limited (every
 * attempt counts, a refused one too): each app is a row and a secret hash that stay.
 */
@RestController
class AppsController {

    /** Mastodon's access tokens do not expire; ours last ten years unless revoked. */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofDays(3650);

    static final String WEBSITE_SETTING = "socialworkr.website";
    static final String DECLARED_SCOPES_SETTING = "socialworkr.scopes";

    static final String RATE_LIMIT = "apps-per-address";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;

    AppsController(RegisteredClientRepository clients, PasswordEncoder passwordEncoder, RateLimiter rateLimiter) {
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
    }

    record AppRequest(
            @JsonProperty("client_name") String clientName,
            @JsonProperty("redirect_uris") Object redirectUris,
            String scopes,
            String website) {}

    @PostMapping(path = "/api/v1/apps", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> registerJson(@RequestBody AppRequest request) {
        List<String> redirectUris = new ArrayList<>();
        if (request.redirectUris() instanceof Collection<?> many) {
            many.forEach(uri -> redirectUris.add(String.valueOf(uri)));
        } else if (request.redirectUris() != null) {
            redirectUris.add(String.valueOf(request.redirectUris()));
        }
        return register(request.clientName(), redirectUris, request.scopes(), request.website());
    }

    @PostMapping("/api/v1/apps")
    ResponseEntity<Map<String, Object>> registerForm(
            @RequestParam(name = "client_name", required = false) String clientName,
            @RequestParam(name = "redirect_uris", required = false) List<String> redirectUris,
            @RequestParam(name = "redirect_uris[]", required = false) List<String> redirectUriArray,
            @RequestParam(required = false) String scopes,
            @RequestParam(required = false) String website) {
        List<String> uris = new ArrayList<>();
        if (redirectUris != null) {
            uris.addAll(redirectUris);
        }
        if (redirectUriArray != null) {
            uris.addAll(redirectUriArray);
        }
        return register(clientName, uris, scopes, website);
    }

    @GetMapping("/api/v1/apps/verify_credentials")
    ResponseEntity<Map<String, Object>> verifyCredentials() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof BearerTokenAuthentication token)) {
            return error(HttpStatus.UNAUTHORIZED, ApiAccessErrors.INVALID_TOKEN);
        }
        Object clientId = token.getTokenAttributes().get(TokenIntrospector.REGISTERED_CLIENT_ID);
        RegisteredClient client = clientId == null ? null : clients.findById(String.valueOf(clientId));
        if (client == null) {
            return error(HttpStatus.UNAUTHORIZED, ApiAccessErrors.INVALID_TOKEN);
        }
        return ResponseEntity.ok(application(client, null));
    }

    @Transactional
    ResponseEntity<Map<String, Object>> register(
            String clientName, List<String> requestedRedirectUris, String scopes, String website) {
        rateLimiter.acquire(RATE_LIMIT, ClientAddresses.current());
        if (clientName == null || clientName.isBlank() || clientName.strip().length() > 200) {
            return invalid("client_name must be given, at most 200 characters");
        }
        List<String> redirectUris = requestedRedirectUris.stream()
                .flatMap(uris -> List.of(uris.split("[\\s]+")).stream())
                .filter(uri -> !uri.isBlank())
                .distinct()
                .toList();
        if (redirectUris.isEmpty()) {
            return invalid("redirect_uris must be given");
        }
        if (String.join(" ", redirectUris).length() > 1000) {
            return invalid("redirect_uris are too long");
        }
        for (String uri : redirectUris) {
            if (!isValidRedirect(uri)) {
                return invalid("redirect_uris: " + uri.replaceAll("[^\\x20-\\x7e]", "?") + " is not a valid URI");
            }
        }
        Set<String> declared = MastodonScopes.parse(scopes);
        for (String scope : declared) {
            if (!MastodonScopes.isKnown(scope)) {
                return invalid("scopes: unknown scope " + scope.replaceAll("[^\\x20-\\x7e]", "?"));
            }
        }
        if (website != null && (website.length() > 500 || !website.isBlank() && !isHttpUrl(website))) {
            return invalid("website must be an http or https URL");
        }
        ClientSettings.Builder settings = ClientSettings.builder()
                .requireAuthorizationConsent(true)
                .requireProofKey(false)
                .setting(DECLARED_SCOPES_SETTING, String.join(" ", declared));
        if (website != null && !website.isBlank()) {
            settings.setting(WEBSITE_SETTING, website.strip());
        }
        String secret = randomToken();
        RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(randomToken())
                .clientIdIssuedAt(Instant.now())
                .clientSecret(passwordEncoder.encode(secret))
                .clientName(clientName.strip())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scopes(granted -> granted.addAll(MastodonScopes.withSubScopes(declared)))
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.REFERENCE)
                        .accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                        .authorizationCodeTimeToLive(Duration.ofMinutes(10))
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        clients.save(client);
        return ResponseEntity.ok(application(client, secret));
    }

    /** Mastodon's Application entity; the secret only right after registration. */
    static Map<String, Object> application(RegisteredClient client, String secret) {
        String declared = client.getClientSettings().getSetting(DECLARED_SCOPES_SETTING);
        List<String> redirectUris = List.copyOf(client.getRedirectUris());
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("id", client.getId());
        app.put("name", client.getClientName());
        app.put("website", client.getClientSettings().getSetting(WEBSITE_SETTING));
        app.put("scopes", declared == null ? List.of() : List.of(declared.split(" ")));
        app.put("redirect_uri", String.join("\n", redirectUris));
        app.put("redirect_uris", redirectUris);
        app.put("vapid_key", null);
        if (secret != null) {
            app.put("client_id", client.getClientId());
            app.put("client_secret", secret);
            app.put("client_secret_expires_at", 0);
        }
        return app;
    }

    private static boolean isValidRedirect(String uri) {
        if (MastodonOAuth.OUT_OF_BAND.equals(uri)) {
            return true;
        }
        try {
            URI parsed = new URI(uri);
            return parsed.isAbsolute() && parsed.getFragment() == null && parsed.getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI parsed = new URI(url.strip());
            return ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                    && parsed.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ResponseEntity<Map<String, Object>> invalid(String message) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: " + message);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return ResponseEntity.status(status).body(body);
    }
}

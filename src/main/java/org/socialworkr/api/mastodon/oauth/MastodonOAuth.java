package org.socialworkr.api.mastodon.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.socialworkr.account.OAuthSupport;
import org.socialworkr.common.web.PublicPaths;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon's OAuth dialect on Spring Authorization Server: the endpoints at {@code /oauth/...},
 * a consent page in the site's layout, the out-of-band redirect ({@code urn:ietf:wg:oauth:2.0:oob})
 * that shows the code to copy, token answers with {@code created_at}, Mastodon's metadata, and
 * bearer tokens with scope checks on every {@code /api/} path.
 */
@Component
class MastodonOAuth implements OAuthSupport {

    static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";
    static final String CONSENT_PAGE = "/oauth/consent";
    static final String NATIVE_CODE_PAGE = "/oauth/authorize/native";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegisteredClientRepository clients;
    private final MemberAuthorizations authorizations;
    private final OAuth2AuthorizationConsentService consents;
    private final AuthorizationServerSettings settings;
    private final OAuth2TokenGenerator<OAuth2Token> tokenGenerator;
    private final List<PublicPaths> publicPaths;
    private final ApiAccessErrors errors = new ApiAccessErrors();

    MastodonOAuth(
            RegisteredClientRepository clients,
            MemberAuthorizations authorizations,
            OAuth2AuthorizationConsentService consents,
            AuthorizationServerSettings settings,
            OAuth2TokenGenerator<OAuth2Token> tokenGenerator,
            List<PublicPaths> publicPaths) {
        this.clients = clients;
        this.authorizations = authorizations;
        this.consents = consents;
        this.settings = settings;
        this.tokenGenerator = tokenGenerator;
        this.publicPaths = publicPaths;
    }

    @Override
    public void configureAuthorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.registeredClientRepository(clients)
                            .authorizationService(authorizations)
                            .authorizationConsentService(consents)
                            .authorizationServerSettings(settings)
                            .tokenGenerator(tokenGenerator)
                            .authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE)
                                    .authorizationResponseHandler(MastodonOAuth::sendAuthorizationCode)
                                    .authenticationProviders(providers -> providers.forEach(provider -> {
                                        if (provider
                                                instanceof
                                                OAuth2AuthorizationCodeRequestAuthenticationProvider
                                                request) {
                                            request.setAuthenticationValidator(requestValidator());
                                        }
                                    })))
                            .tokenEndpoint(token -> token.accessTokenResponseHandler(MastodonOAuth::sendToken))
                            .tokenRevocationEndpoint(
                                    revocation -> revocation.revocationResponseHandler(MastodonOAuth::sendRevoked))
                            .authorizationServerMetadataEndpoint(metadata ->
                                    metadata.authorizationServerMetadataCustomizer(MastodonOAuth::mastodonMetadata));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
    }

    @Override
    public void configureResourceServer(HttpSecurity http) throws Exception {
        String[] openGets = publicPaths.stream()
                .flatMap(paths -> paths.publicGetPaths().stream())
                .toArray(String[]::new);
        String[] open = publicPaths.stream()
                .flatMap(paths -> paths.publicPaths().stream())
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, openGets)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, openGets)
                        .permitAll()
                        .requestMatchers(open)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/apps")
                        .permitAll()
                        .anyRequest()
                        .access(new ScopeAuthorizationManager()))
                .oauth2ResourceServer(server -> server.opaqueToken(
                                opaque -> opaque.introspector(new TokenIntrospector(authorizations)))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors));
    }

    /**
     * The library's checks, except that an application may use the out-of-band redirect or a
     * {@code localhost} address it registered (Mastodon apps and scripts do; the library allows
     * neither), which must then match exactly.
     */
    private static Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> requestValidator() {
        var standard = new OAuth2AuthorizationCodeRequestAuthenticationValidator();
        return context -> {
            OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
            String redirectUri = request.getRedirectUri();
            if (redirectUri != null
                    && isNativeRedirect(redirectUri)
                    && context.getRegisteredClient().getRedirectUris().contains(redirectUri)) {
                OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR.accept(context);
                return;
            }
            standard.accept(context);
        };
    }

    private static boolean isNativeRedirect(String redirectUri) {
        if (OUT_OF_BAND.equals(redirectUri)) {
            return true;
        }
        try {
            return "localhost"
                    .equalsIgnoreCase(UriComponentsBuilder.fromUriString(redirectUri)
                            .build()
                            .getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void sendAuthorizationCode(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var result = (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
        String code = result.getAuthorizationCode().getTokenValue();
        UriComponentsBuilder target = OUT_OF_BAND.equals(result.getRedirectUri())
                ? UriComponentsBuilder.fromPath(request.getContextPath() + NATIVE_CODE_PAGE)
                : UriComponentsBuilder.fromUriString(result.getRedirectUri());
        target.queryParam("code", UriUtils.encode(code, StandardCharsets.UTF_8));
        if (result.getState() != null && !result.getState().isEmpty()) {
            target.queryParam("state", UriUtils.encode(result.getState(), StandardCharsets.UTF_8));
        }
        response.sendRedirect(target.build(true).toUriString());
    }

    /** Mastodon's Token entity: access_token, token_type, scope, created_at. */
    private static void sendToken(HttpServletRequest request, HttpServletResponse response, Authentication result)
            throws IOException {
        OAuth2AccessToken token = ((OAuth2AccessTokenAuthenticationToken) result).getAccessToken();
        Instant issuedAt = token.getIssuedAt() == null ? Instant.now() : token.getIssuedAt();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.getTokenValue());
        body.put("token_type", "Bearer");
        body.put("scope", String.join(" ", token.getScopes()));
        body.put("created_at", issuedAt.getEpochSecond());
        response.setStatus(200);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** Mastodon answers a revocation with an empty JSON object, and clients parse it. */
    private static void sendRevoked(HttpServletRequest request, HttpServletResponse response, Authentication result)
            throws IOException {
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{}");
    }

    /** Mastodon 4.3's additions to the standard metadata document. */
    private static void mastodonMetadata(OAuth2AuthorizationServerMetadata.Builder metadata) {
        metadata.claims(claims -> {
            String issuer = String.valueOf(claims.get("issuer")).replaceAll("/+$", "");
            claims.put("app_registration_endpoint", issuer + "/api/v1/apps");
            claims.put("scopes_supported", List.copyOf(new java.util.TreeSet<>(MastodonScopes.ALL)));
            claims.put("response_types_supported", List.of("code"));
            claims.put("response_modes_supported", List.of("query", "fragment", "form_post"));
            claims.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
            claims.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
            claims.put("code_challenge_methods_supported", List.of("S256"));
            claims.put("service_documentation", "https://docs.joinmastodon.org/");
        });
    }
}

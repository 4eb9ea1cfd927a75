package org.socialworkr.api.mastodon.oauth;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialworkr.account.AccountRegistration;
import org.socialworkr.account.MemberCredential;
import org.socialworkr.account.SignUpRequest;
import org.socialworkr.account.UsernameTakenException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Mastodon's {@code POST /api/v1/accounts}: an app (with its own token, {@code write:accounts})
 * signs a member up. The account is pending like a web sign-up, the same confirmation mail goes
 * out, and the app gets a token that may read until the member confirms. An email address that
 * already has an account gets its owner a mail and the app a token that acts for nobody, so the
 * answer does not tell who is a member (as on the web).
 */
@RestController
class RegistrationController {

    private final AccountRegistration registration;
    private final RegisteredClientRepository clients;
    private final TokenIssuer tokens;
    private final Validator validator;
    private final MessageSource messages;

    RegistrationController(
            AccountRegistration registration,
            RegisteredClientRepository clients,
            TokenIssuer tokens,
            Validator validator,
            MessageSource messages) {
        this.registration = registration;
        this.clients = clients;
        this.tokens = tokens;
        this.validator = validator;
        this.messages = messages;
    }

    record RegistrationRequest(
            String username, String email, String password, Object agreement, String locale, String reason) {}

    @PostMapping(path = "/api/v1/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> registerJson(
            @RequestBody RegistrationRequest request, jakarta.servlet.http.HttpServletRequest http) {
        return register(request, http);
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<Map<String, Object>> registerForm(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String agreement,
            @RequestParam(required = false) String locale,
            @RequestParam(required = false) String reason,
            jakarta.servlet.http.HttpServletRequest http) {
        return register(new RegistrationRequest(username, email, password, agreement, locale, reason), http);
    }

    private ResponseEntity<Map<String, Object>> register(
            RegistrationRequest request, jakarta.servlet.http.HttpServletRequest http) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof BearerTokenAuthentication token)) {
            return error(HttpStatus.UNAUTHORIZED, ApiAccessErrors.INVALID_TOKEN);
        }
        RegisteredClient client = clients.findById(
                String.valueOf(token.getTokenAttributes().get(TokenIntrospector.REGISTERED_CLIENT_ID)));
        if (client == null) {
            return error(HttpStatus.UNAUTHORIZED, ApiAccessErrors.INVALID_TOKEN);
        }
        if (!"true".equalsIgnoreCase(String.valueOf(request.agreement()))
                && !"1".equals(String.valueOf(request.agreement()))) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: agreement must be accepted");
        }
        String username = request.username() == null ? "" : request.username().strip();
        SignUpRequest signUp = new SignUpRequest(username, request.email(), request.password(), username);
        Set<ConstraintViolation<SignUpRequest>> violations = validator.validate(signUp);
        if (!violations.isEmpty()) {
            String details = violations.stream()
                    .filter(violation -> !violation.getPropertyPath().toString().equals("displayName"))
                    .sorted(Comparator.comparing(
                            violation -> violation.getPropertyPath().toString()))
                    .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                    .collect(Collectors.joining("; "));
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: " + details);
        }
        Set<String> scopes = new HashSet<>(
                token.getTokenAttributes().get("scope") instanceof java.util.Collection<?> granted
                        ? granted.stream().map(String::valueOf).collect(Collectors.toSet())
                        : Set.of(MastodonScopes.READ));
        try {
            var member = registration.signUpFromApp(signUp);
            OAuth2AccessToken issued = member.map(
                            (MemberCredential credential) -> tokens.issueForMember(client, credential, scopes))
                    .orElseGet(() -> tokens.issueForApp(client, scopes));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", issued.getTokenValue());
            body.put("token_type", "Bearer");
            body.put("scope", String.join(" ", issued.getScopes()));
            Instant createdAt = issued.getIssuedAt() == null ? Instant.now() : issued.getIssuedAt();
            body.put("created_at", createdAt.getEpochSecond());
            return ResponseEntity.ok(body);
        } catch (UsernameTakenException e) {
            String message = messages.getMessage(
                    e.messageKey(), e.messageArguments(), e.messageKey(), RequestContextUtils.getLocale(http));
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: username: " + message);
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return ResponseEntity.status(status).body(body);
    }
}

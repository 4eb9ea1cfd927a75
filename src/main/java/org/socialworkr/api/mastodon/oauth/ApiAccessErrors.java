package org.socialworkr.api.mastodon.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Mastodon's answers when a bearer request is refused: 401, 403 or 422 with {@code {"error": "..."}}. */
final class ApiAccessErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String INVALID_TOKEN = "The access token is invalid";
    static final String OUTSIDE_SCOPES = "This action is outside the authorized scopes";
    static final String MEMBER_REQUIRED = "This method requires an authenticated user";
    static final String UNCONFIRMED = "Your login is missing a confirmed e-mail address";

    /** Set by {@link ScopeAuthorizationManager} to say why it refused. */
    static final String REFUSAL_ATTRIBUTE = ApiAccessErrors.class.getName() + ".refusal";

    record Refusal(HttpStatus status, String message) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, INVALID_TOKEN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (request.getAttribute(REFUSAL_ATTRIBUTE) instanceof Refusal refusal) {
            write(response, refusal.status(), refusal.message());
        } else {
            write(response, HttpStatus.FORBIDDEN, OUTSIDE_SCOPES);
        }
    }

    static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("error", message)));
    }
}

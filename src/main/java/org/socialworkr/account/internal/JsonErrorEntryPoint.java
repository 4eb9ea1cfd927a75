package org.socialworkr.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** API clients get {@code {"error": "..."}} with 401 or 403 instead of a redirect to the login page. */
class JsonErrorEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HttpStatus status;
    private final String message;

    /** @param message fixed ASCII text without quotes, written into the JSON as it is */
    JsonErrorEntryPoint(HttpStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response);
    }

    private void write(HttpServletResponse response) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }
}

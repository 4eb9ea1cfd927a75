package org.socialworkr.api.mastodon.streaming;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers cannot set headers on a WebSocket handshake, so Mastodon clients send the access
 * token as {@code ?access_token=} or as the {@code Sec-WebSocket-Protocol}. This turns either into
 * an {@code Authorization: Bearer} header, so the token goes through the same bearer-token checks
 * (introspection, member state, scopes) as every other API request.
 */
class StreamingTokenFilter extends OncePerRequestFilter {

    static final String PATH = "/api/v1/streaming";

    static final String PROTOCOL_HEADER = "Sec-WebSocket-Protocol";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? tokenOf(request) : null;
        chain.doFilter(token == null ? request : new WithBearer(request, "Bearer " + token), response);
    }

    private static String tokenOf(HttpServletRequest request) {
        String parameter = request.getParameter("access_token");
        if (parameter != null && !parameter.isBlank()) {
            return parameter.trim();
        }
        String protocol = request.getHeader(PROTOCOL_HEADER);
        if (protocol != null && !protocol.isBlank()) {
            return protocol.split(",")[0].trim();
        }
        return null;
    }

    private static final class WithBearer extends HttpServletRequestWrapper {

        private final String authorization;

        WithBearer(HttpServletRequest request, String authorization) {
            super(request);
            this.authorization = authorization;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                    ? Collections.enumeration(Set.of(authorization))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
            names.add(HttpHeaders.AUTHORIZATION);
            return Collections.enumeration(names);
        }
    }
}

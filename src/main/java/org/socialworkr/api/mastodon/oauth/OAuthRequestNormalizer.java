package org.socialworkr.api.mastodon.oauth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon accepts its OAuth requests the way its clients send them, and the authorization server
 * reads form parameters only: a JSON body on {@code /oauth/token} and {@code /oauth/revoke}
 * (masto.js sends JSON) becomes parameters, and a request without {@code scope} gets Mastodon's
 * default, {@code read}, where the library would grant nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OAuthRequestNormalizer extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/oauth/token") || path.equals("/oauth/revoke") || path.equals("/oauth/authorize"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        boolean changed = false;
        if ("POST".equals(request.getMethod()) && isJson(request) && !path.equals("/oauth/authorize")) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                response.sendError(413);
                return;
            }
            try {
                JsonNode json = JSON.readTree(body);
                if (json != null && json.isObject()) {
                    for (Map.Entry<String, JsonNode> field : json.properties()) {
                        if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                            parameters.put(
                                    field.getKey(),
                                    new String[] {field.getValue().asString()});
                        }
                    }
                }
            } catch (JacksonException e) {
                response.setStatus(400);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"error\":\"invalid_request\"}");
                return;
            }
            changed = true;
        }
        boolean asksScope = path.equals("/oauth/token") && "client_credentials".equals(first(parameters, "grant_type"))
                || path.equals("/oauth/authorize")
                        && "GET".equals(request.getMethod())
                        && parameters.containsKey("response_type");
        String queryString = request.getQueryString();
        if (asksScope
                && (first(parameters, "scope") == null
                        || first(parameters, "scope").isBlank())) {
            parameters.put("scope", new String[] {MastodonScopes.READ});
            if ("GET".equals(request.getMethod())) {
                // The library takes a GET request's parameters from the query string only.
                queryString = (queryString == null || queryString.isEmpty() ? "" : queryString + "&") + "scope=read";
            }
            changed = true;
        }
        chain.doFilter(changed ? new ParametersRequest(request, parameters, queryString) : request, response);
    }

    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static final class ParametersRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final String queryString;

        ParametersRequest(HttpServletRequest request, Map<String, String[]> parameters, String queryString) {
            super(request);
            this.parameters = Collections.unmodifiableMap(parameters);
            this.queryString = queryString;
        }

        @Override
        public String getQueryString() {
            return queryString;
        }

        @Override
        public String getParameter(String name) {
            return first(parameters, name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getContentType() {
            return isJson((HttpServletRequest) getRequest())
                    ? MediaType.APPLICATION_FORM_URLENCODED_VALUE
                    : super.getContentType();
        }
    }
}

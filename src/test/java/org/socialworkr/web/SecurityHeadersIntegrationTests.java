package org.socialworkr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialworkr.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every response, page, API answer, error or static file, carries the security headers. */
@IntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/login",
                "/signup",
                "/css/app.css",
                "/no-such-page",
                "/api/v1/whatever",
                "/actuator/health",
                "/v3/api-docs"
            })
    void everyResponseCarriesAStrictContentSecurityPolicy(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy of %s", path).isNotNull();
        assertThat(policy)
                .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
        assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy"))
                .isIn("same-origin", "strict-origin-when-cross-origin", "no-referrer", "strict-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login"})
    void plainHttpGetsNoStrictTransportSecurity(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login"})
    void httpsGetsStrictTransportSecurityForAtLeastAYear(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).secure(true)).andReturn().getResponse();

        String hsts = response.getHeader("Strict-Transport-Security");
        assertThat(hsts).isNotNull().matches("max-age=\\d+.*");
        assertThat(Long.parseLong(hsts.replaceAll("^max-age=(\\d+).*$", "$1"))).isGreaterThanOrEqualTo(31_536_000L);
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        return null;
    }
}

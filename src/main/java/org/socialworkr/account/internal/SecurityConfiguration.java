package org.socialworkr.account.internal;

import java.time.Clock;
import java.util.List;
import org.socialworkr.account.OAuthSupport;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.socialworkr.common.web.PublicPaths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsUtils;

/**
 * Who may reach what. Every path needs a login unless a module lists it in a
 * {@link PublicPaths} bean; module services still check each object they hand out.
 *
 * <p>Three filter chains, in this order: the OAuth authorization server's endpoints (which use
 * the web login), API requests carrying a bearer token (stateless, no CSRF token, scopes
 * checked), and everything else with the session. The member checks of
 * {@link AccountSessionFilter} apply to all three.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'");

    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Mastodon's app registration, which client apps call before they have any token or session. */
    private static final RequestMatcher APP_REGISTRATION =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/apps");

    /** API requests that authenticate with a token rather than the session cookie (and their CORS preflights). */
    private static final RequestMatcher BEARER_API = request -> {
        String authorization = request.getHeader("Authorization");
        return API.matches(request)
                && (APP_REGISTRATION.matches(request)
                        || CorsUtils.isPreFlightRequest(request)
                        || authorization != null
                                && authorization.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length()));
    };

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(
            HttpSecurity http, OAuthSupport oauth, SecurityContextRepository contexts, AccountSnapshots snapshots)
            throws Exception {
        oauth.configureAuthorizationServer(http);
        http.securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new AccountSessionFilter(snapshots), AuthorizationFilter.class);
        securityHeaders(http);
        return http.build();
    }

    /**
     * Bearer requests carry no cookie a browser would add on its own, so they need no CSRF token;
     * requests with the session cookie still do, in the chain below.
     */
    @Bean
    @Order(2)
    SecurityFilterChain bearerApiFilterChain(HttpSecurity http, OAuthSupport oauth, AccountSnapshots snapshots)
            throws Exception {
        http.securityMatcher(BEARER_API)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new AccountSessionFilter(snapshots), AuthorizationFilter.class);
        securityHeaders(http);
        oauth.configureResourceServer(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            SecurityContextRepository contexts,
            AccountSnapshots snapshots,
            RateLimiter rateLimiter,
            ApplicationEventPublisher events,
            Clock clock)
            throws Exception {
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
                        .anyRequest()
                        .hasRole("MEMBER"))
                .authenticationManager(authenticationManager(userDetails, passwordEncoder))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(login -> login.loginPage("/login")
                        .successHandler(new LoginSuccessHandler(contexts, events, clock))
                        .failureHandler(new LoginFailureHandler(events))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                DelegatingAuthenticationEntryPoint.builder()
                                        .addEntryPointFor(
                                                new JsonErrorEntryPoint(
                                                        HttpStatus.UNAUTHORIZED,
                                                        "The access token is invalid or missing"),
                                                API)
                                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                                        .build())
                        .defaultAccessDeniedHandlerFor(
                                new JsonErrorEntryPoint(HttpStatus.FORBIDDEN, "This action is not allowed"), API))
                .addFilterBefore(
                        new LoginRateLimitFilter(rateLimiter, events), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountSessionFilter(snapshots), AuthorizationFilter.class);
        securityHeaders(http);
        return http.build();
    }

    /** Also cross-origin resource sharing for the paths the {@code CorsConfigurationSource} bean lists. */
    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.cors(Customizer.withDefaults()).headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }

    /**
     * Account state is checked only after the password matched, so a wrong password for a
     * suspended or unconfirmed account looks exactly like a wrong password for no account.
     */
    private static AuthenticationManager authenticationManager(
            AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(noChecks());
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }

    private static UserDetailsChecker noChecks() {
        return (UserDetails user) -> {};
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** bcrypt today, with the algorithm stored beside each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PublicPaths accountPublicPaths() {
        return new PublicPaths() {
            @Override
            public List<String> publicGetPaths() {
                return List.of(
                        "/",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/images/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**");
            }

            @Override
            public List<String> publicPaths() {
                return List.of(
                        "/login",
                        "/login/two-factor",
                        "/signup",
                        "/signup/**",
                        "/password/**",
                        "/settings/email/confirm");
            }
        };
    }
}

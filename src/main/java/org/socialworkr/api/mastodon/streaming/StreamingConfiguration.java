package org.socialworkr.api.mastodon.streaming;

import java.util.List;
import org.socialworkr.common.web.PublicPaths;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Mastodon's streaming API on this node: a plain WebSocket at {@value StreamingTokenFilter#PATH}.
 * Subscribers live in this JVM's memory, so with several nodes each member only hears what the
 * node they are connected to publishes: running more than one node needs a broker (or a relay)
 * between the listeners and the handlers, which this does not provide yet.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class StreamingConfiguration implements WebSocketConfigurer {

    /** Just before Spring Security's filter chain (order -100), which must see the token as a header. */
    private static final int BEFORE_SECURITY = -101;

    private final StreamingHandler handler;

    StreamingConfiguration(StreamingHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Any origin: the handshake is accepted with an access token only, never with the session cookie.
        registry.addHandler(handler, StreamingTokenFilter.PATH)
                .setHandshakeHandler(new TokenProtocolHandshakeHandler())
                .addInterceptors(new MemberHandshakeInterceptor())
                .setAllowedOriginPatterns("*");
    }

    @Bean
    FilterRegistrationBean<StreamingTokenFilter> streamingTokenFilter() {
        FilterRegistrationBean<StreamingTokenFilter> registration =
                new FilterRegistrationBean<>(new StreamingTokenFilter());
        registration.addUrlPatterns(StreamingTokenFilter.PATH);
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }

    @Bean
    PublicPaths streamingPublicPaths() {
        return () -> List.of(StreamingTokenFilter.PATH + "/health");
    }
}

package org.socialworkr.chat.internal;

import java.security.Principal;
import java.util.Map;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * STOMP over WebSocket at {@value #ENDPOINT}. The handshake is an ordinary request behind the
 * login, so only members connect, and only from this site's pages (same origin; non-browser
 * clients send no Origin). Each connection's user is the member's account id, which is what
 * {@code /user/topic/chat} resolves against.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(ChatProperties.class)
class ChatWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws/chat";

    /** Where a node sends user messages for members connected to another node (relay only). */
    static final String UNRESOLVED_USER_DESTINATION = "/topic/chat-unresolved-user";

    private final ChatProperties properties;
    private final AccountDirectory directory;
    private final ChatChannelInterceptor interceptor;

    ChatWebSocketConfiguration(
            ChatProperties properties, AccountDirectory directory, ChatChannelInterceptor interceptor) {
        this.properties = properties;
        this.directory = directory;
        this.interceptor = interceptor;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT).setHandshakeHandler(new MemberHandshakeHandler(directory));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        if (properties.broker() == ChatProperties.Broker.RELAY) {
            ChatProperties.Relay relay = properties.relay();
            registry.enableStompBrokerRelay("/topic")
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost())
                    .setUserDestinationBroadcast(UNRESOLVED_USER_DESTINATION);
        } else {
            ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
            heartbeats.setPoolSize(1);
            heartbeats.setThreadNamePrefix("chat-heartbeat-");
            heartbeats.setDaemon(true);
            heartbeats.initialize();
            // Each member's events go to a destination of their own session; with more sessions
            // than cached destinations every push missed the cache and scanned all subscriptions.
            registry.setCacheLimit(properties.destinationCacheLimit());
            registry.enableSimpleBroker("/topic")
                    .setHeartbeatValue(new long[] {20_000, 20_000})
                    .setTaskScheduler(heartbeats);
        }
    }

    /**
     * Boot hands both client channels its application task executor, so on JDK 17 deliveries queued
     * behind the sends they were caused by; each channel gets a pool of its own.
     */
    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(interceptor).executor(pool("chat-in-", properties.inboundThreads()));
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(pool("chat-out-", properties.outboundThreads()));
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix(prefix);
        pool.setDaemon(true);
        pool.initialize();
        return pool;
    }

    /** Names the connection after the account id of the logged-in member who opened it. */
    static final class MemberHandshakeHandler extends DefaultHandshakeHandler {

        private final AccountDirectory directory;

        MemberHandshakeHandler(AccountDirectory directory) {
            this.directory = directory;
        }

        @Override
        protected Principal determineUser(
                ServerHttpRequest request, WebSocketHandler wsHandler, Map<String, Object> attributes) {
            Principal login = request.getPrincipal();
            if (login == null) {
                return null;
            }
            return directory
                    .findByUsername(login.getName())
                    .filter(account -> account.status() == AccountStatus.ACTIVE)
                    .map(account -> new MemberPrincipal(account.id()))
                    .orElse(null);
        }
    }

    /** The STOMP user: its name is the account id. */
    record MemberPrincipal(long accountId) implements Principal {

        @Override
        public String getName() {
            return Long.toString(accountId);
        }
    }
}

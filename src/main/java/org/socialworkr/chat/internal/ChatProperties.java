package org.socialworkr.chat.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live chat events travel between nodes.
 *
 * @param broker {@code simple}: the in-process broker, for one node; {@code relay}: RabbitMQ's
 *     STOMP plugin, so that a member connected to one node receives what was sent on another
 * @param relay where RabbitMQ's STOMP port is (only with {@code broker=relay})
 */
@ConfigurationProperties("socialworkr.chat")
public record ChatProperties(@DefaultValue("simple") Broker broker, @DefaultValue Relay relay) {

    public enum Broker {
        SIMPLE,
        RELAY
    }

    /**
     * @param virtualHost RabbitMQ's virtual host; its default vhost is {@code /}
     */
    public record Relay(
            @DefaultValue("localhost") String host,
            @DefaultValue("61613") int port,
            @DefaultValue("guest") String login,
            @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost) {}
}

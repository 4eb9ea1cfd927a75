package org.socialworkr.chat.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live chat events travel between nodes.
 *
 * @param broker {@code simple}: the in-process broker, for one node; {@code relay}: RabbitMQ's
 *     STOMP plugin, so that a member connected to one node receives what was sent on another
 * @param relay where RabbitMQ's STOMP port is (only with {@code broker=relay})
 * @param inboundThreads threads that carry out what clients send over the socket; a message's
 *     thread waits, holding no connection, for the group commit that stores it, so this also bounds
 *     how many socket messages one commit takes
 * @param outboundThreads threads that write events to the sockets, apart from the inbound ones so
 *     that a delivery never waits behind a queue of messages still to be stored
 * @param destinationCacheLimit destinations the in-process broker remembers the subscribers of;
 *     above the number of connected sockets, since each socket has a destination of its own
 */
@ConfigurationProperties("socialworkr.chat")
public record ChatProperties(
        @DefaultValue("simple") Broker broker,
        @DefaultValue Relay relay,
        @DefaultValue("8") int inboundThreads,
        @DefaultValue("2") int outboundThreads,
        @DefaultValue("20000") int destinationCacheLimit) {

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

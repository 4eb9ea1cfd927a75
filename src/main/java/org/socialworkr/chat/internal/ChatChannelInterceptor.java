package org.socialworkr.chat.internal;

import java.security.Principal;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * What a client may do over the socket. It may subscribe only to its own events
 * ({@code /user/topic/chat}): everything a member may see of a conversation is sent there, one
 * participant at a time, so a subscription can never reach another member's conversations. It
 * may send only to the application ({@code /app/chat.*}), never straight to the broker, where it
 * could write into other members' destinations. Anything else is refused with an ERROR frame.
 */
@Component
class ChatChannelInterceptor implements ChannelInterceptor {

    static final String OWN_EVENTS = "/user" + ChatPush.USER_DESTINATION;

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        Principal user = stomp.getUser();
        switch (command) {
            case CONNECT, STOMP -> requireMember(user);
            case SUBSCRIBE -> {
                requireMember(user);
                if (!OWN_EVENTS.equals(stomp.getDestination())) {
                    throw new MessageDeliveryException("Subscriptions are allowed to " + OWN_EVENTS + " only");
                }
            }
            case SEND -> {
                requireMember(user);
                String destination = stomp.getDestination();
                if (destination == null || !destination.startsWith("/app/chat.")) {
                    throw new MessageDeliveryException("Messages may be sent to /app/chat.* only");
                }
            }
            default -> {
                // UNSUBSCRIBE, ACK, NACK, DISCONNECT and heart-beats need no check.
            }
        }
        return message;
    }

    private static void requireMember(Principal user) {
        if (!(user instanceof ChatWebSocketConfiguration.MemberPrincipal)) {
            throw new MessageDeliveryException("Only logged-in members may use the chat socket");
        }
    }
}

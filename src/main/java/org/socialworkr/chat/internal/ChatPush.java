package org.socialworkr.chat.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.common.persistence.AfterCommit;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends socket events to members' own destination ({@value #USER_DESTINATION} under {@code /user}),
 * after the transaction that caused them commits, so that nobody is told of a message that was
 * rolled back. A push is best effort: a client that missed one fetches by cursor on reconnect.
 * Not an application event: a push must not cost an event-publication row per message.
 */
@Component
class ChatPush {

    /** Each member subscribes to {@code /user/topic/chat}; see {@link ChatChannelInterceptor}. */
    static final String USER_DESTINATION = "/topic/chat";

    private static final Logger log = LoggerFactory.getLogger(ChatPush.class);

    private static final MessageHeaders JSON =
            new MessageHeaders(Map.of(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON));

    private final SimpMessagingTemplate messaging;

    ChatPush(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    void toMembers(Collection<Long> accountIds, Object payload) {
        List<Long> recipients = List.copyOf(accountIds);
        AfterCommit.run(() -> send(recipients, payload));
    }

    /** Encodes the event once for all its recipients rather than once each. */
    private void send(List<Long> recipients, Object payload) {
        Message<?> encoded = messaging.getMessageConverter().toMessage(payload, JSON);
        if (encoded == null) {
            throw new MessageConversionException("A chat event could not be written as JSON");
        }
        for (long recipient : recipients) {
            try {
                messaging.send(messaging.getUserDestinationPrefix() + recipient + USER_DESTINATION, encoded);
            } catch (RuntimeException e) {
                log.warn("Could not push a chat event to member {}: {}", recipient, e.toString());
            }
        }
    }
}

package org.socialworkr.chat.internal;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    private final SimpMessageSendingOperations messaging;

    ChatPush(SimpMessageSendingOperations messaging) {
        this.messaging = messaging;
    }

    void toMembers(Collection<Long> accountIds, Object payload) {
        List<Long> recipients = List.copyOf(accountIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(recipients, payload);
                }
            });
        } else {
            send(recipients, payload);
        }
    }

    private void send(List<Long> recipients, Object payload) {
        for (long recipient : recipients) {
            try {
                messaging.convertAndSendToUser(Long.toString(recipient), USER_DESTINATION, payload);
            } catch (RuntimeException e) {
                log.warn("Could not push a chat event to member {}: {}", recipient, e.toString());
            }
        }
    }
}

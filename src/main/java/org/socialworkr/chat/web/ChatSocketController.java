package org.socialworkr.chat.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.socialworkr.chat.ChatConfidentialityException;
import org.socialworkr.chat.Conversations;
import org.socialworkr.chat.MessageDraft;
import org.socialworkr.common.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * What clients send over the socket: typing, read state, and messages (the pages send by form
 * or fetch; socket sending is for clients that stay connected, such as the benchmark). Each call
 * goes through the same facade, with the same checks, as a page or API request.
 */
@Controller
class ChatSocketController {

    private final Conversations conversations;
    private final MessageSource messages;

    ChatSocketController(Conversations conversations, MessageSource messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    record ConversationRef(@JsonProperty("conversation_id") String conversationId) {}

    record ReadRef(
            @JsonProperty("conversation_id") String conversationId, @JsonProperty("message_id") String messageId) {}

    record SendRef(
            @JsonProperty("conversation_id") String conversationId,
            String text,
            @JsonProperty("confidentiality_confirmed") Boolean confidentialityConfirmed,
            @JsonProperty("client_ref") String clientRef) {}

    @MessageMapping("chat.typing")
    void typing(Principal user, @Payload ConversationRef ref) {
        conversations.typing(member(user), Long.parseLong(ref.conversationId()));
    }

    @MessageMapping("chat.read")
    void read(Principal user, @Payload ReadRef ref) {
        conversations.markRead(member(user), Long.parseLong(ref.conversationId()), Long.parseLong(ref.messageId()));
    }

    @MessageMapping("chat.send")
    void send(Principal user, @Payload SendRef ref) {
        conversations.send(
                member(user),
                Long.parseLong(ref.conversationId()),
                new MessageDraft(ref.text(), null, null, Boolean.TRUE.equals(ref.confidentialityConfirmed())));
    }

    /** A refusal goes back to the member's own destination as an {@code error} event. */
    @MessageExceptionHandler
    @SendToUser(destinations = "/topic/chat", broadcast = false)
    Map<String, Object> refused(Exception exception) {
        String message = exception instanceof DomainException refusal
                ? messages.getMessage(
                        refusal.messageKey(), refusal.messageArguments(), refusal.messageKey(), Locale.ENGLISH)
                : "The request could not be carried out";
        return Map.of(
                "type", exception instanceof ChatConfidentialityException ? "held_back" : "error", "error", message);
    }

    private static long member(Principal user) {
        return Long.parseLong(user.getName());
    }
}

package org.socialworkr.chat;

import org.socialworkr.common.NotFoundException;

/** No such conversation, or the member is not in it: both look the same, so nothing leaks. */
public class ConversationNotFoundException extends NotFoundException {

    public ConversationNotFoundException() {
        super("error.chat.conversationNotFound");
    }
}

package org.socialworkr.chat;

/** A member's choice of who may start a conversation with them. Blocked members never can. */
public enum WhoMayMessage {
    /** Anyone; messages from non-connections arrive as requests. */
    EVERYONE,
    CONNECTIONS,
    NOBODY;

    public String messageKey() {
        return "chat.settings.who." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

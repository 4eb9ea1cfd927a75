package org.socialworkr.chat;

/**
 * A member's messaging settings.
 *
 * @param sound play a sound when a message arrives in an open page (off by default)
 */
public record ChatSettings(WhoMayMessage whoMayMessage, boolean sound) {

    public static final ChatSettings DEFAULTS = new ChatSettings(WhoMayMessage.EVERYONE, false);
}

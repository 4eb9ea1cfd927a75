package org.socialworkr.chat;

import java.util.List;

/**
 * A page of history, oldest first.
 *
 * @param olderCursor pass as {@code max_id} for the page before this one, or {@code null} at the start
 */
public record MessagePage(List<MessageView> messages, Long olderCursor) {}

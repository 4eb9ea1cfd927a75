package org.socialworkr.chat;

import java.util.List;

/**
 * A page of a member's conversations, the most recently active first.
 *
 * @param nextCursor pass as {@code max_id} for the next page, or {@code null} at the end
 */
public record ConversationPage(List<ConversationView> conversations, String nextCursor) {}

package org.socialworkr.chat;

import java.time.Instant;

/**
 * One message. A deleted message keeps its place with no text or image.
 *
 * @param html the text rendered from Markdown and sanitized, safe to insert as HTML
 * @param text the text as written, for editing (empty when deleted)
 * @param image the attached image, or {@code null}
 */
public record MessageView(
        long id,
        long conversationId,
        long senderId,
        String senderUsername,
        String senderDisplayName,
        String text,
        String html,
        Image image,
        Instant createdAt,
        Instant editedAt,
        boolean deleted) {

    /** @param url the address under {@code /media/} */
    public record Image(String url, String altText, int width, int height) {}
}

package org.socialworkr.chat;

/**
 * A message to send.
 *
 * @param imageKey the key of an image already stored through the media module, or {@code null}
 * @param imageAlt its description, required with an image
 * @param confidentialityConfirmed the sender saw the guard's findings and confirmed that nothing identifies a client
 */
public record MessageDraft(String text, String imageKey, String imageAlt, boolean confidentialityConfirmed) {

    public static MessageDraft text(String text) {
        return new MessageDraft(text, null, null, false);
    }
}

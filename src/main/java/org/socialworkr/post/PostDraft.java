package org.socialworkr.post;

import java.util.List;

/**
 * What an author asks to publish.
 *
 * @param text Markdown, at most {@link Posts#MAX_TEXT_LENGTH} characters
 * @param contentWarning a short label shown before the text, or {@code null}
 * @param inReplyToId the post answered, or {@code null}
 * @param directRecipientUsernames who may read a {@link PostVisibility#DIRECT} post besides the author
 * @param attachments images already stored by the media module, at most {@link Posts#MAX_ATTACHMENTS}
 * @param confidentialityConfirmed the author saw the guard's findings and confirmed the text anyway
 * @param groupId the group the post is published in (its visibility is then {@link PostVisibility#GROUP}),
 *     or {@code null}; a reply to a group post stays in that group whatever this says
 * @param language the ISO 639-1 code of the language it is written in, or {@code null}
 */
public record PostDraft(
        String text,
        String contentWarning,
        PostVisibility visibility,
        Long inReplyToId,
        List<String> directRecipientUsernames,
        List<Attachment> attachments,
        boolean confidentialityConfirmed,
        Long groupId,
        String language) {

    public PostDraft(
            String text,
            String contentWarning,
            PostVisibility visibility,
            Long inReplyToId,
            List<String> directRecipientUsernames,
            List<Attachment> attachments,
            boolean confidentialityConfirmed,
            Long groupId) {
        this(
                text,
                contentWarning,
                visibility,
                inReplyToId,
                directRecipientUsernames,
                attachments,
                confidentialityConfirmed,
                groupId,
                null);
    }

    public PostDraft(
            String text,
            String contentWarning,
            PostVisibility visibility,
            Long inReplyToId,
            List<String> directRecipientUsernames,
            List<Attachment> attachments,
            boolean confidentialityConfirmed) {
        this(
                text,
                contentWarning,
                visibility,
                inReplyToId,
                directRecipientUsernames,
                attachments,
                confidentialityConfirmed,
                null);
    }

    public PostDraft {
        directRecipientUsernames = directRecipientUsernames == null ? List.of() : List.copyOf(directRecipientUsernames);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** @param imageKey the key the media module gave the stored image */
    public record Attachment(String imageKey, String altText) {}
}

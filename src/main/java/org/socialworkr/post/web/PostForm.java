package org.socialworkr.post.web;

import java.util.ArrayList;
import java.util.List;
import org.socialworkr.post.PostVisibility;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The composer's fields. Images arrive as separate multipart parts; their alt texts come here in
 * the same order, one per image input.
 *
 * @param recipients usernames for a direct post, separated by commas or spaces
 * @param groupId the group to post in (one of the member's groups), or {@code null}
 */
record PostForm(
        String text,
        @BindParam("content_warning") String contentWarning,
        PostVisibility visibility,
        @BindParam("in_reply_to_id") Long inReplyToId,
        String recipients,
        @BindParam("alt_texts") List<String> altTexts,
        @BindParam("confidentiality_confirmed") Boolean confidentialityConfirmed,
        @BindParam("group_id") Long groupId) {

    static PostForm empty() {
        return new PostForm("", "", PostVisibility.PUBLIC, null, "", List.of(), false, null);
    }

    static PostForm replyTo(long postId, PostVisibility parentVisibility) {
        return new PostForm("", "", parentVisibility, postId, "", List.of(), false, null);
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confidentialityConfirmed);
    }

    List<String> recipientUsernames() {
        List<String> names = new ArrayList<>();
        if (recipients != null) {
            for (String name : recipients.split("[,\\s]+")) {
                if (!name.isBlank()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    String altText(int index) {
        return altTexts != null && index < altTexts.size() ? altTexts.get(index) : null;
    }
}

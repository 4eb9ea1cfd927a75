package org.socialworkr.api.mastodon.statuses;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.util.MultiValueMap;

/**
 * A status as a client submits it, from a JSON body or a form ({@code media_ids[]=...}).
 * {@code group_id} and {@code confidentiality_confirmed} are SocialWorkr's; {@code language} and
 * {@code sensitive} are accepted and ignored.
 */
record StatusSubmission(
        String status,
        @JsonProperty("media_ids") List<String> mediaIds,
        @JsonProperty("in_reply_to_id") String inReplyToId,
        @JsonProperty("spoiler_text") String spoilerText,
        String visibility,
        String language,
        Boolean sensitive,
        @JsonProperty("confidentiality_confirmed") Boolean confidentialityConfirmed,
        @JsonProperty("group_id") String groupId) {

    StatusSubmission {
        mediaIds = mediaIds == null
                ? List.of()
                : mediaIds.stream().filter(id -> id != null && !id.isBlank()).toList();
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confidentialityConfirmed);
    }

    static StatusSubmission ofForm(MultiValueMap<String, String> form) {
        List<String> media = new ArrayList<>();
        addAll(media, form.get("media_ids[]"));
        addAll(media, form.get("media_ids"));
        String confirmed = form.getFirst("confidentiality_confirmed");
        String sensitive = form.getFirst("sensitive");
        return new StatusSubmission(
                form.getFirst("status"),
                media,
                form.getFirst("in_reply_to_id"),
                form.getFirst("spoiler_text"),
                form.getFirst("visibility"),
                form.getFirst("language"),
                sensitive == null ? null : isTrue(sensitive),
                confirmed == null ? null : isTrue(confirmed),
                form.getFirst("group_id"));
    }

    private static void addAll(List<String> into, List<String> values) {
        if (values != null) {
            into.addAll(values);
        }
    }

    /** Rails' booleans, as Mastodon clients send them in forms. */
    private static boolean isTrue(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "t", "yes" -> true;
            default -> false;
        };
    }
}

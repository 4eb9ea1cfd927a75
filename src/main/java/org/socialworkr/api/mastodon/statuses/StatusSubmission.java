package org.socialworkr.api.mastodon.statuses;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.post.PostNotFoundException;
import org.springframework.util.MultiValueMap;

/**
 * A status as a client submits it, from a JSON body or a form ({@code media_ids[]=...}).
 * {@code group_id} and {@code confidentiality_confirmed} are SocialWorkr's; {@code sensitive} is
 * accepted and ignored, and so is {@code language} on a direct status (a chat message has none).
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

    /** In a direct status, the mentioned members are the recipients, as in Mastodon. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_]{1,64})");

    /** A direct status is a chat message; a group post is never one, whatever visibility the client chose. */
    boolean direct() {
        return (groupId == null || groupId.isBlank())
                && visibility != null
                && "direct".equalsIgnoreCase(visibility.strip());
    }

    List<String> mentionedNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(status == null ? "" : status);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    /** The status answered, or {@code null}; an id that is no number names no status. */
    Long inReplyToStatusId() {
        if (inReplyToId == null || inReplyToId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(inReplyToId.strip());
        } catch (NumberFormatException e) {
            throw new PostNotFoundException();
        }
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

package org.socialworkr.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification. A module that raises a new kind appends a constant here and its
 * texts to messages.properties ({@code notification.type.*} for the preference label,
 * {@code notification.text.*} for the line in the list, {@code notification.link.*} when it
 * links somewhere); members get it until they switch it off. Renaming a constant needs a
 * migration of the stored rows.
 */
public enum NotificationType {
    CONNECTION_REQUESTED("connection_request", "/connections"),
    CONNECTION_ACCEPTED("connection_accepted", null),
    NEW_FOLLOWER("follow", null),
    MENTION("mention", "/posts/{subject}"),
    REPLY("reply", "/posts/{subject}"),
    GROUP_JOIN_REQUESTED("group_join_request", "/groups/{subject}/requests"),
    GROUP_REQUEST_APPROVED("group_request_approved", "/groups/{subject}"),
    GROUP_INVITATION("group_invitation", "/groups/{subject}"),
    GROUP_POST("group_post", "/posts/{subject}"),
    FAVOURITE("favourite", "/posts/{subject}"),
    REBLOG("reblog", "/posts/{subject}"),
    /** A post the member reposted or liked was edited by its author (Mastodon's {@code update}). */
    UPDATE("update", "/posts/{subject}");

    /** The type in the JSON API, in snake_case. */
    private final String apiName;

    /** Where it leads besides the actor's profile, or {@code null}; {@code {subject}} stands for the subject id. */
    private final String link;

    NotificationType(String apiName, String link) {
        this.apiName = apiName;
        this.link = link;
    }

    public String apiName() {
        return apiName;
    }

    /** The label of the preference checkbox. */
    public String messageKey() {
        return "notification.type." + name();
    }

    /** The line in the list, after the actor's name. */
    public String textKey() {
        return "notification.text." + name();
    }

    public String linkKey() {
        return "notification.link." + name();
    }

    /** Where the notification leads for this subject, or {@code null} when only the actor's profile fits. */
    public String linkFor(Long subjectId) {
        if (link == null) {
            return null;
        }
        return link.replace("{subject}", subjectId == null ? "" : subjectId.toString());
    }

    public static Optional<NotificationType> fromApiName(String apiName) {
        return Arrays.stream(values())
                .filter(type -> type.apiName.equals(apiName))
                .findFirst();
    }
}

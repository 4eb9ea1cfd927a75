/**
 * Groups: communities of social workers by topic, modality, region, school or type of work, with a
 * privacy (public, private by request, hidden by invitation), roles (owner, moderator, member),
 * join requests, invitations, bans, pinned posts, a moderation log, the group feed and discovery.
 * Implements the post module's {@link org.socialworkr.post.GroupAccess}, so group posts are seen
 * by exactly the group's readers everywhere posts appear.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "common :: *",
            "account",
            "profile",
            "connection",
            "post",
            "confidentiality",
            "media",
            "notification"
        })
package org.socialworkr.group;

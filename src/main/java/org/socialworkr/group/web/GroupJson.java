package org.socialworkr.group.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.group.GroupMember;
import org.socialworkr.group.GroupSummary;
import org.socialworkr.group.GroupView;
import org.socialworkr.group.JoinRequestView;
import org.socialworkr.group.Membership;
import org.socialworkr.group.MembershipState;

/** The JSON shapes of the groups API; ids are strings, as in Mastodon's API. */
final class GroupJson {

    private GroupJson() {}

    record Group(
            String id,
            String slug,
            String name,
            String description,
            @JsonProperty("description_html") String descriptionHtml,
            String rules,
            String kind,
            String visibility,
            List<String> tags,
            String region,
            @JsonProperty("cover_url") String coverUrl,
            @JsonProperty("cover_alt_text") String coverAltText,
            List<String> questions,
            @JsonProperty("members_count") int membersCount,
            @JsonProperty("posts_count") int postsCount,
            @JsonProperty("last_post_at") Instant lastPostAt,
            @JsonProperty("created_at") Instant createdAt,
            String url,
            Relationship relationship) {

        static Group of(GroupView group, String url) {
            return new Group(
                    Long.toString(group.id()),
                    group.slug(),
                    group.name(),
                    group.description(),
                    group.descriptionHtml(),
                    group.rules(),
                    group.kind().apiName(),
                    group.privacy().apiName(),
                    group.tags().stream().map(Enum::name).toList(),
                    group.region(),
                    group.coverUrl(),
                    group.coverAltText(),
                    group.questions(),
                    group.memberCount(),
                    group.postCount(),
                    group.lastPostAt(),
                    group.createdAt(),
                    url,
                    Relationship.of(group.membership()));
        }
    }

    record Summary(
            String id,
            String slug,
            String name,
            String kind,
            String visibility,
            List<String> tags,
            String region,
            @JsonProperty("members_count") int membersCount,
            @JsonProperty("posts_count") int postsCount,
            @JsonProperty("last_post_at") Instant lastPostAt,
            String url) {

        static Summary of(GroupSummary group, String url) {
            return new Summary(
                    Long.toString(group.id()),
                    group.slug(),
                    group.name(),
                    group.kind().apiName(),
                    group.privacy().apiName(),
                    group.tags().stream().map(Enum::name).toList(),
                    group.region(),
                    group.memberCount(),
                    group.postCount(),
                    group.lastPostAt(),
                    url);
        }
    }

    /** @param state none, requested, invited, member or banned */
    record Relationship(String state, String role, @JsonProperty("notify") String notice) {

        static Relationship of(Membership membership) {
            return new Relationship(
                    membership.state().apiName(),
                    membership.role() == null ? null : membership.role().apiName(),
                    membership.notice() == null
                            ? null
                            : membership.notice().name().toLowerCase());
        }

        static Relationship of(MembershipState state) {
            return new Relationship(state.apiName(), null, null);
        }
    }

    record Member(
            String id,
            String username,
            @JsonProperty("display_name") String displayName,
            String role,
            @JsonProperty("joined_at") Instant joinedAt) {

        static Member of(GroupMember member) {
            return new Member(
                    Long.toString(member.accountId()),
                    member.profile().username(),
                    member.profile().displayName(),
                    member.role().apiName(),
                    member.joinedAt());
        }
    }

    record Banned(String id, String username, @JsonProperty("display_name") String displayName) {

        static Banned of(AccountSummary account) {
            return new Banned(Long.toString(account.id()), account.username(), account.displayName());
        }
    }

    record Request(
            String id,
            String username,
            @JsonProperty("display_name") String displayName,
            List<JoinRequestView.Answer> answers,
            @JsonProperty("requested_at") Instant requestedAt) {

        static Request of(JoinRequestView request) {
            return new Request(
                    Long.toString(request.accountId()),
                    request.username(),
                    request.displayName(),
                    request.answers(),
                    request.requestedAt());
        }
    }

    /** Create and update: on update, a missing field keeps its value. */
    record GroupBody(
            String name,
            String slug,
            String description,
            String kind,
            String visibility,
            List<String> tags,
            String region,
            String rules,
            List<String> questions) {}

    record JoinBody(List<String> answers) {}

    record AccountBody(@JsonProperty("account_id") String accountId, String role) {}
}

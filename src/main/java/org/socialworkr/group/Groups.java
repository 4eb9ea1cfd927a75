package org.socialworkr.group;

import java.io.InputStream;
import java.util.List;
import org.socialworkr.account.CurrentAccount;

/**
 * Groups and their members. Every method checks the actor's right: a hidden group the viewer is
 * not in (nor invited to) is not found, content of a private group is for its members, and only
 * owners and moderators moderate; only owners change roles. Viewer ids are {@code null} for visitors.
 */
public interface Groups {

    String SLUG_PATTERN = "[a-z][a-z0-9-]*";
    int MAX_QUESTIONS = 5;
    int MAX_PAGE_SIZE = 40;

    /** Creates the group with the creator as its owner. */
    GroupView create(long ownerId, GroupForm form);

    /** By owners and moderators; a slug already taken is refused. */
    GroupView update(long actorId, long groupId, GroupForm form);

    /** By owners and moderators; the image is stored without metadata, the alt text is required. */
    void changeCover(long actorId, long groupId, InputStream image, String contentType, String altText);

    void removeCover(long actorId, long groupId);

    GroupView get(Long viewerId, long groupId);

    GroupView bySlug(Long viewerId, String slug);

    /**
     * Joins a public group (or any group the member was invited to), or asks to join a private one
     * with answers to its questions. A hidden group without an invitation is not found.
     *
     * @return {@link MembershipState#MEMBER} or {@link MembershipState#REQUESTED}
     */
    MembershipState join(long accountId, long groupId, List<String> answers);

    /** Leaves the group, or withdraws a request or declines an invitation. The last owner may not leave. */
    void leave(long accountId, long groupId);

    void approve(long actorId, long groupId, long accountId);

    void decline(long actorId, long groupId, long accountId);

    /** By owners and moderators: the member may then join whatever the privacy. */
    void invite(long actorId, long groupId, long accountId);

    /** By owners and moderators; owners are removed by nobody but themselves, moderators only by owners. */
    void remove(long actorId, long groupId, long accountId);

    /** Removes the member and refuses them from now on (the same rules as {@link #remove}). */
    void ban(long actorId, long groupId, long accountId);

    void unban(long actorId, long groupId, long accountId);

    /** By owners only; an owner demoting themselves must leave another owner. */
    void changeRole(long actorId, long groupId, long accountId, GroupRole role);

    /** Makes the member an owner and the acting owner a moderator. */
    void transferOwnership(long actorId, long groupId, long newOwnerId);

    void pin(long actorId, long groupId, long postId);

    void unpin(long actorId, long groupId, long postId);

    /** Removes a post or reply of the group, by an owner or moderator (or its author). */
    void removePost(CurrentAccount actor, long groupId, long postId);

    void changeNotice(long accountId, long groupId, GroupPostNotice notice);

    /**
     * The group feed's post ids, newest first, for the post module's cards; for readers of the
     * group's content only (else {@link GroupNotFoundException} or a refusal), muted and blocked
     * members left out. The paging is Mastodon's: see {@link org.socialworkr.post.Timelines#group}.
     */
    List<Long> timeline(CurrentAccount viewer, long groupId, Long maxId, Long sinceId, Long minId, int limit);

    /** Pinned posts, newest pin first, for readers of the content. */
    List<Long> pinnedPostIds(CurrentAccount viewer, long groupId);

    /** Members, owners first, with the profile fields the viewer may see; for members (and, in public groups, any member of the site). */
    List<GroupMember> members(CurrentAccount viewer, long groupId, int limit);

    List<JoinRequestView> requests(long actorId, long groupId);

    List<ModerationLogEntry> moderationLog(long actorId, long groupId, int limit);

    /** Members the group banned, as account ids, for owners and moderators. */
    List<Long> bannedIds(long actorId, long groupId);

    /** Discovery: public and private groups, and hidden ones the viewer is in; most active first. */
    List<GroupSummary> search(Long viewerId, GroupSearch search, int limit);

    List<GroupSummary> groupsOf(long accountId);

    /** Groups the member is invited to. */
    List<GroupSummary> invitations(long accountId);

    /**
     * Groups the member is not in, from their practice areas, region, schools and their
     * connections' groups, each with its reason.
     */
    List<GroupSummary> suggestions(long accountId, int limit);

    /** Groups sharing a tag, the kind and region, the viewer may see. */
    List<GroupSummary> related(Long viewerId, long groupId, int limit);

    /** Whether the viewer may read the group's posts (the same rule as the post module's {@code GroupAccess}). */
    boolean mayRead(Long viewerId, long groupId);
}

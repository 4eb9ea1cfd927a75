package org.socialworkr.group.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.markdown.MarkdownRenderer;
import org.socialworkr.connection.Connections;
import org.socialworkr.group.GroupEvents.GroupJoinRequested;
import org.socialworkr.group.GroupEvents.MemberInvited;
import org.socialworkr.group.GroupEvents.MemberJoined;
import org.socialworkr.group.GroupEvents.MemberLeft;
import org.socialworkr.group.GroupEvents.PostPinned;
import org.socialworkr.group.GroupForm;
import org.socialworkr.group.GroupMember;
import org.socialworkr.group.GroupNotFoundException;
import org.socialworkr.group.GroupPostNotice;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.group.GroupRole;
import org.socialworkr.group.GroupSearch;
import org.socialworkr.group.GroupSummary;
import org.socialworkr.group.GroupView;
import org.socialworkr.group.Groups;
import org.socialworkr.group.JoinRequestView;
import org.socialworkr.group.Membership;
import org.socialworkr.group.MembershipState;
import org.socialworkr.group.ModerationAction;
import org.socialworkr.group.ModerationLogEntry;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredImage;
import org.socialworkr.post.PostAccess;
import org.socialworkr.post.Posts;
import org.socialworkr.post.Timelines;
import org.socialworkr.profile.DirectoryEntry;
import org.socialworkr.profile.DirectoryViewer;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.ProfileSearch;
import org.socialworkr.profile.Profiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GroupService implements Groups {

    /** Separates a request's answers in one column: a character nobody types. */
    static final String ANSWER_SEPARATOR = "\u001E";

    private static final int MAX_ANSWER_LENGTH = 500;

    private final GroupStore store;
    private final MarkdownRenderer markdown;
    private final AccountDirectory accounts;
    private final Connections connections;
    private final ProfileSearch profileSearch;
    private final Profiles profiles;
    private final MediaStorage media;
    private final Posts posts;
    private final PostAccess postAccess;
    private final Timelines timelines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupService(
            GroupStore store,
            MarkdownRenderer markdown,
            AccountDirectory accounts,
            Connections connections,
            ProfileSearch profileSearch,
            Profiles profiles,
            MediaStorage media,
            Posts posts,
            PostAccess postAccess,
            Timelines timelines,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.markdown = markdown;
        this.accounts = accounts;
        this.connections = connections;
        this.profileSearch = profileSearch;
        this.profiles = profiles;
        this.media = media;
        this.posts = posts;
        this.postAccess = postAccess;
        this.timelines = timelines;
        this.events = events;
        this.clock = clock;
    }

    // Creating and editing

    @Override
    @Transactional
    public GroupView create(long ownerId, GroupForm form) {
        GroupForm checked = check(form, null);
        long id = store.insert(edited(GroupRow.unsaved(ownerId, clock.instant()), checked));
        store.replaceTags(id, checked.tags());
        store.replaceQuestions(id, checked.questions());
        store.addMember(id, ownerId, GroupRole.OWNER, clock.instant());
        audienceChanged(ownerId);
        store.log(id, ownerId, ModerationAction.GROUP_CREATED, null, null, clock.instant());
        return get(ownerId, id);
    }

    @Override
    @Transactional
    public GroupView update(long actorId, long groupId, GroupForm form) {
        GroupRow group = moderated(actorId, groupId);
        GroupForm checked = check(form, groupId);
        store.update(edited(group, checked));
        store.replaceTags(groupId, checked.tags());
        store.replaceQuestions(groupId, checked.questions());
        store.log(groupId, actorId, ModerationAction.GROUP_EDITED, null, null, clock.instant());
        return get(actorId, groupId);
    }

    @Override
    @Transactional
    public void changeCover(long actorId, long groupId, InputStream image, String contentType, String altText) {
        GroupRow group = moderated(actorId, groupId);
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new InvalidRequestException("error.group.coverAltMissing");
        }
        if (alt.length() > 1500) {
            throw new InvalidRequestException("error.group.coverAltTooLong");
        }
        StoredImage stored = media.storeImage(actorId, image, contentType);
        store.changeCover(groupId, stored.key(), alt);
        if (group.coverImageKey() != null) {
            media.delete(group.coverImageKey());
        }
        store.log(groupId, actorId, ModerationAction.COVER_CHANGED, null, null, clock.instant());
    }

    @Override
    @Transactional
    public void removeCover(long actorId, long groupId) {
        GroupRow group = moderated(actorId, groupId);
        if (group.coverImageKey() != null) {
            store.changeCover(groupId, null, null);
            media.delete(group.coverImageKey());
            store.log(groupId, actorId, ModerationAction.COVER_CHANGED, null, null, clock.instant());
        }
    }

    // Reading one group

    @Override
    public GroupView get(Long viewerId, long groupId) {
        return view(visible(viewerId, store.find(groupId).orElseThrow(GroupNotFoundException::new)), viewerId);
    }

    @Override
    public GroupView bySlug(Long viewerId, String slug) {
        return view(visible(viewerId, store.findBySlug(slug).orElseThrow(GroupNotFoundException::new)), viewerId);
    }

    @Override
    public boolean mayRead(Long viewerId, long groupId) {
        return !store.readableAmong(viewerId, List.of(groupId)).isEmpty();
    }

    // Joining and leaving

    @Override
    @Transactional
    public MembershipState join(long accountId, long groupId, List<String> answers) {
        GroupRow group = store.find(groupId).orElseThrow(GroupNotFoundException::new);
        Membership membership = membership(accountId, group.id());
        if (group.privacy() == GroupPrivacy.HIDDEN
                && membership.state() != MembershipState.MEMBER
                && membership.state() != MembershipState.INVITED) {
            throw new GroupNotFoundException();
        }
        switch (membership.state()) {
            case MEMBER -> {
                return MembershipState.MEMBER;
            }
            case BANNED -> throw new NotAllowedException("error.group.banned");
            case REQUESTED -> {
                return MembershipState.REQUESTED;
            }
            default -> {}
        }
        if (membership.state() == MembershipState.INVITED || group.privacy() == GroupPrivacy.PUBLIC) {
            store.removeInvitation(groupId, accountId);
            store.removeRequest(groupId, accountId);
            store.addMember(groupId, accountId, GroupRole.MEMBER, clock.instant());
            audienceChanged(accountId);
            events.publishEvent(new MemberJoined(groupId, accountId, null));
            return MembershipState.MEMBER;
        }
        store.addRequest(groupId, accountId, answers(store.questions(groupId), answers), clock.instant());
        events.publishEvent(new GroupJoinRequested(groupId, accountId));
        return MembershipState.REQUESTED;
    }

    @Override
    @Transactional
    public void leave(long accountId, long groupId) {
        GroupRow group = store.find(groupId).orElseThrow(GroupNotFoundException::new);
        Membership membership = membership(accountId, group.id());
        switch (membership.state()) {
            case MEMBER -> {
                if (membership.role() == GroupRole.OWNER && store.countOwners(groupId) == 1) {
                    throw new InvalidRequestException("error.group.lastOwner");
                }
                store.removeMember(groupId, accountId);
                audienceChanged(accountId);
                events.publishEvent(new MemberLeft(groupId, accountId));
            }
            case REQUESTED -> store.removeRequest(groupId, accountId);
            case INVITED -> store.removeInvitation(groupId, accountId);
            default -> {
                if (group.privacy() == GroupPrivacy.HIDDEN) {
                    throw new GroupNotFoundException();
                }
            }
        }
    }

    @Override
    @Transactional
    public void approve(long actorId, long groupId, long accountId) {
        moderated(actorId, groupId);
        if (!store.removeRequest(groupId, accountId)) {
            throw new InvalidRequestException("error.group.noRequest");
        }
        store.addMember(groupId, accountId, GroupRole.MEMBER, clock.instant());
        audienceChanged(accountId);
        store.log(groupId, actorId, ModerationAction.REQUEST_APPROVED, accountId, null, clock.instant());
        events.publishEvent(new MemberJoined(groupId, accountId, actorId));
    }

    @Override
    @Transactional
    public void decline(long actorId, long groupId, long accountId) {
        moderated(actorId, groupId);
        if (!store.removeRequest(groupId, accountId)) {
            throw new InvalidRequestException("error.group.noRequest");
        }
        store.log(groupId, actorId, ModerationAction.REQUEST_DECLINED, accountId, null, clock.instant());
    }

    @Override
    @Transactional
    public void invite(long actorId, long groupId, long accountId) {
        moderated(actorId, groupId);
        AccountSummary invitee = accounts.findById(accountId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new InvalidRequestException("error.group.unknownMember"));
        if (connections.blockedEitherWay(actorId).contains(invitee.id())) {
            throw new NotAllowedException("error.group.blocked");
        }
        Membership membership = membership(accountId, groupId);
        switch (membership.state()) {
            case MEMBER -> throw new InvalidRequestException("error.group.alreadyMember");
            case BANNED -> throw new InvalidRequestException("error.group.inviteeBanned");
            case INVITED -> {
                return;
            }
            default -> {}
        }
        store.addInvitation(groupId, accountId, actorId, clock.instant());
        store.log(groupId, actorId, ModerationAction.MEMBER_INVITED, accountId, null, clock.instant());
        events.publishEvent(new MemberInvited(groupId, accountId, actorId));
    }

    @Override
    @Transactional
    public void remove(long actorId, long groupId, long accountId) {
        removable(actorId, groupId, accountId);
        store.removeMember(groupId, accountId);
        audienceChanged(accountId);
        store.log(groupId, actorId, ModerationAction.MEMBER_REMOVED, accountId, null, clock.instant());
        events.publishEvent(new MemberLeft(groupId, accountId));
    }

    @Override
    @Transactional
    public void ban(long actorId, long groupId, long accountId) {
        Membership target = removable(actorId, groupId, accountId);
        store.removeMember(groupId, accountId);
        audienceChanged(accountId);
        store.removeRequest(groupId, accountId);
        store.removeInvitation(groupId, accountId);
        store.addBan(groupId, accountId, actorId, clock.instant());
        store.log(groupId, actorId, ModerationAction.MEMBER_BANNED, accountId, null, clock.instant());
        if (target.isMember()) {
            events.publishEvent(new MemberLeft(groupId, accountId));
        }
    }

    @Override
    @Transactional
    public void unban(long actorId, long groupId, long accountId) {
        moderated(actorId, groupId);
        if (store.removeBan(groupId, accountId)) {
            store.log(groupId, actorId, ModerationAction.MEMBER_UNBANNED, accountId, null, clock.instant());
        }
    }

    @Override
    @Transactional
    public void changeRole(long actorId, long groupId, long accountId, GroupRole role) {
        owned(actorId, groupId);
        GroupStore.MemberRow target = store.member(groupId, accountId)
                .orElseThrow(() -> new InvalidRequestException("error.group.notMember"));
        if (target.role() == role) {
            return;
        }
        if (target.role() == GroupRole.OWNER && store.countOwners(groupId) == 1) {
            throw new InvalidRequestException("error.group.lastOwner");
        }
        store.changeRole(groupId, accountId, role);
        store.log(groupId, actorId, ModerationAction.ROLE_CHANGED, accountId, null, clock.instant());
    }

    @Override
    @Transactional
    public void transferOwnership(long actorId, long groupId, long newOwnerId) {
        owned(actorId, groupId);
        if (actorId == newOwnerId) {
            return;
        }
        store.member(groupId, newOwnerId).orElseThrow(() -> new InvalidRequestException("error.group.notMember"));
        store.changeRole(groupId, newOwnerId, GroupRole.OWNER);
        store.changeRole(groupId, actorId, GroupRole.MODERATOR);
        store.log(groupId, actorId, ModerationAction.OWNERSHIP_TRANSFERRED, newOwnerId, null, clock.instant());
    }

    // Posts

    @Override
    @Transactional
    public void pin(long actorId, long groupId, long postId) {
        moderated(actorId, groupId);
        checkPostOf(groupId, postId);
        store.addPin(groupId, postId, actorId, clock.instant());
        store.log(groupId, actorId, ModerationAction.POST_PINNED, null, postId, clock.instant());
        events.publishEvent(new PostPinned(groupId, postId, actorId));
    }

    @Override
    @Transactional
    public void unpin(long actorId, long groupId, long postId) {
        moderated(actorId, groupId);
        store.removePin(groupId, postId);
        store.log(groupId, actorId, ModerationAction.POST_UNPINNED, null, postId, clock.instant());
    }

    @Override
    @Transactional
    public void removePost(CurrentAccount actor, long groupId, long postId) {
        moderated(actor.id(), groupId);
        checkPostOf(groupId, postId);
        posts.delete(actor, postId);
        store.removePin(groupId, postId);
        store.log(groupId, actor.id(), ModerationAction.POST_REMOVED, null, postId, clock.instant());
    }

    @Override
    @Transactional
    public void changeNotice(long accountId, long groupId, GroupPostNotice notice) {
        store.member(groupId, accountId).orElseThrow(() -> new InvalidRequestException("error.group.notMember"));
        store.changeNotice(groupId, accountId, notice);
    }

    @Override
    public List<Long> timeline(CurrentAccount viewer, long groupId, Long maxId, Long sinceId, Long minId, int limit) {
        Long viewerId = viewer == null ? null : viewer.id();
        readable(viewerId, groupId);
        Set<Long> hidden = new HashSet<>();
        if (viewerId != null) {
            hidden.addAll(connections.blockedEitherWay(viewerId));
            hidden.addAll(connections.mutedIds(viewerId));
        }
        return timelines.group(groupId, hidden, maxId, sinceId, minId, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    @Override
    public List<Long> pinnedPostIds(CurrentAccount viewer, long groupId) {
        readable(viewer == null ? null : viewer.id(), groupId);
        return store.pinnedPostIds(groupId);
    }

    // Lists for moderators

    @Override
    public List<GroupMember> members(CurrentAccount viewer, long groupId, int limit) {
        if (viewer == null) {
            throw new NotAllowedException("error.group.membersForMembers");
        }
        readable(viewer.id(), groupId);
        List<GroupStore.MemberRow> rows = store.members(groupId, Math.max(1, Math.min(limit, 500)));
        Set<Long> excluded = connections.blockedEitherWay(viewer.id());
        DirectoryViewer directoryViewer =
                new DirectoryViewer(viewer.id(), connections.connectionIds(viewer.id()), excluded);
        Map<Long, DirectoryEntry> entries = new HashMap<>();
        profileSearch
                .entries(
                        directoryViewer,
                        rows.stream().map(GroupStore.MemberRow::accountId).toList())
                .forEach(entry -> entries.put(entry.accountId(), entry));
        List<GroupMember> members = new ArrayList<>();
        for (GroupStore.MemberRow row : rows) {
            DirectoryEntry entry = entries.get(row.accountId());
            if (entry != null) {
                members.add(new GroupMember(row.accountId(), row.role(), row.joinedAt(), entry));
            }
        }
        return members;
    }

    @Override
    public List<JoinRequestView> requests(long actorId, long groupId) {
        moderated(actorId, groupId);
        List<String> questions = store.questions(groupId);
        List<GroupStore.RequestRow> rows = store.requests(groupId);
        Map<Long, AccountSummary> found = accounts.findAll(
                rows.stream().map(GroupStore.RequestRow::accountId).toList());
        List<JoinRequestView> requests = new ArrayList<>();
        for (GroupStore.RequestRow row : rows) {
            AccountSummary account = found.get(row.accountId());
            if (account == null || account.status() != AccountStatus.ACTIVE) {
                continue;
            }
            List<JoinRequestView.Answer> answers = new ArrayList<>();
            String[] given =
                    row.answers() == null ? new String[0] : row.answers().split(ANSWER_SEPARATOR, -1);
            for (int i = 0; i < questions.size(); i++) {
                answers.add(new JoinRequestView.Answer(questions.get(i), i < given.length ? given[i] : ""));
            }
            requests.add(new JoinRequestView(
                    account.id(), account.username(), account.displayName(), answers, row.requestedAt()));
        }
        return requests;
    }

    @Override
    public List<ModerationLogEntry> moderationLog(long actorId, long groupId, int limit) {
        moderated(actorId, groupId);
        List<GroupStore.LogRow> rows = store.log(groupId, Math.max(1, Math.min(limit, 200)));
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.actorId());
            if (row.targetAccountId() != null) {
                ids.add(row.targetAccountId());
            }
        });
        Map<Long, AccountSummary> names = accounts.findAll(ids);
        return rows.stream()
                .map(row -> {
                    AccountSummary actor = names.get(row.actorId());
                    AccountSummary target = row.targetAccountId() == null ? null : names.get(row.targetAccountId());
                    return new ModerationLogEntry(
                            row.id(),
                            actor == null ? null : actor.username(),
                            actor == null ? null : actor.displayName(),
                            row.action(),
                            target == null ? null : target.username(),
                            target == null ? null : target.displayName(),
                            row.targetPostId(),
                            row.at());
                })
                .toList();
    }

    @Override
    public List<Long> bannedIds(long actorId, long groupId) {
        moderated(actorId, groupId);
        return store.bannedIds(groupId);
    }

    // Discovery

    @Override
    public List<GroupSummary> search(Long viewerId, GroupSearch search, int limit) {
        return summaries(store.search(viewerId, search, List.of(), clampList(limit)));
    }

    @Override
    public List<GroupSummary> groupsOf(long accountId) {
        List<GroupRow> rows = store.findAll(store.memberGroupIds(accountId));
        List<GroupRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return summaries(sorted);
    }

    @Override
    public List<GroupSummary> invitations(long accountId) {
        return summaries(store.findAll(store.invitedGroupIds(accountId)));
    }

    @Override
    public List<GroupSummary> suggestions(long accountId, int limit) {
        int wanted = clampList(limit);
        Set<Long> mine = new HashSet<>(store.memberGroupIds(accountId));
        Map<Long, String> reasons = new LinkedHashMap<>();
        ProfileForm profile = profiles.editForm(accountId);
        Set<PracticeArea> areas = profile.practiceAreas() == null ? Set.of() : profile.practiceAreas();
        for (PracticeArea area : areas) {
            for (GroupRow row : store.search(accountId, new GroupSearch(null, null, area, null), mine, wanted)) {
                reasons.putIfAbsent(row.id(), "group.reason.practiceArea");
            }
            if (reasons.size() >= wanted) {
                break;
            }
        }
        for (String place : List.of(text(profile.city()), text(profile.stateOrProvince()))) {
            if (!place.isBlank() && reasons.size() < wanted) {
                for (GroupRow row : store.search(accountId, new GroupSearch(null, null, null, place), mine, wanted)) {
                    reasons.putIfAbsent(row.id(), "group.reason.region");
                }
            }
        }
        if (profile.education() != null) {
            profile.education().stream().limit(3).forEach(school -> {
                if (reasons.size() < wanted
                        && school.school() != null
                        && !school.school().isBlank()) {
                    for (GroupRow row :
                            store.search(accountId, new GroupSearch(school.school(), null, null, null), mine, wanted)) {
                        reasons.putIfAbsent(row.id(), "group.reason.school");
                    }
                }
            });
        }
        if (reasons.size() < wanted) {
            Set<Long> connectionIds = connections.connectionIds(accountId);
            store.groupsOfMembers(connectionIds, wanted * 3).keySet().stream()
                    .filter(id -> !mine.contains(id))
                    .forEach(id -> reasons.putIfAbsent(id, "group.reason.connections"));
        }
        List<GroupSummary> found = new ArrayList<>();
        Map<Long, GroupSummary> byId = new HashMap<>();
        summaries(store.findAll(reasons.keySet())).forEach(summary -> byId.put(summary.id(), summary));
        for (Map.Entry<Long, String> entry : reasons.entrySet()) {
            GroupSummary summary = byId.get(entry.getKey());
            if (summary != null
                    && summary.privacy() != GroupPrivacy.HIDDEN
                    && !store.isBanned(summary.id(), accountId)) {
                found.add(summary.because(entry.getValue()));
            }
            if (found.size() >= wanted) {
                break;
            }
        }
        return found;
    }

    @Override
    public List<GroupSummary> related(Long viewerId, long groupId, int limit) {
        GroupRow group = visible(viewerId, store.find(groupId).orElseThrow(GroupNotFoundException::new));
        int wanted = clampList(limit);
        Map<Long, GroupRow> related = new LinkedHashMap<>();
        Set<Long> excluded = new HashSet<>(Set.of(groupId));
        for (PracticeArea tag : store.tags(List.of(groupId)).getOrDefault(groupId, List.of())) {
            store.search(viewerId, new GroupSearch(null, null, tag, null), excluded, wanted)
                    .forEach(row -> related.putIfAbsent(row.id(), row));
        }
        if (related.size() < wanted && group.region() != null) {
            store.search(viewerId, new GroupSearch(null, null, null, group.region()), excluded, wanted)
                    .forEach(row -> related.putIfAbsent(row.id(), row));
        }
        if (related.size() < wanted) {
            store.search(viewerId, new GroupSearch(null, group.kind(), null, null), excluded, wanted)
                    .forEach(row -> related.putIfAbsent(row.id(), row));
        }
        return summaries(related.values().stream().limit(wanted).toList());
    }

    // Rules

    Membership membership(Long viewerId, long groupId) {
        if (viewerId == null) {
            return Membership.NONE;
        }
        return store.member(groupId, viewerId)
                .map(row -> new Membership(MembershipState.MEMBER, row.role(), row.notice()))
                .orElseGet(() -> {
                    if (store.isBanned(groupId, viewerId)) {
                        return new Membership(MembershipState.BANNED, null, null);
                    }
                    if (store.hasInvitation(groupId, viewerId)) {
                        return new Membership(MembershipState.INVITED, null, null);
                    }
                    if (store.hasRequest(groupId, viewerId)) {
                        return new Membership(MembershipState.REQUESTED, null, null);
                    }
                    return Membership.NONE;
                });
    }

    /** The group if the viewer may know it exists: a hidden one only for its members and invitees. */
    private GroupRow visible(Long viewerId, GroupRow group) {
        if (group.privacy() == GroupPrivacy.HIDDEN) {
            MembershipState state = membership(viewerId, group.id()).state();
            if (state != MembershipState.MEMBER && state != MembershipState.INVITED) {
                throw new GroupNotFoundException();
            }
        }
        return group;
    }

    /** Refuses a viewer who may not read the content; a hidden group they are not in is not found. */
    private void readable(Long viewerId, long groupId) {
        GroupRow group = visible(viewerId, store.find(groupId).orElseThrow(GroupNotFoundException::new));
        if (!mayRead(viewerId, group.id())) {
            throw new NotAllowedException("error.group.contentForMembers");
        }
    }

    private GroupRow moderated(long actorId, long groupId) {
        GroupRow group = visible(actorId, store.find(groupId).orElseThrow(GroupNotFoundException::new));
        if (!membership(actorId, groupId).moderates()) {
            throw new NotAllowedException("error.group.moderatorsOnly");
        }
        return group;
    }

    private GroupRow owned(long actorId, long groupId) {
        GroupRow group = visible(actorId, store.find(groupId).orElseThrow(GroupNotFoundException::new));
        if (!membership(actorId, groupId).isOwner()) {
            throw new NotAllowedException("error.group.ownersOnly");
        }
        return group;
    }

    /** Moderators remove members; only owners remove moderators; nobody removes an owner. */
    private Membership removable(long actorId, long groupId, long accountId) {
        Membership actor = membership(actorId, groupId);
        moderated(actorId, groupId);
        if (actorId == accountId) {
            throw new InvalidRequestException("error.group.notYourself");
        }
        Membership target = membership(accountId, groupId);
        if (target.role() == GroupRole.OWNER) {
            throw new NotAllowedException("error.group.ownerProtected");
        }
        if (target.role() == GroupRole.MODERATOR && !actor.isOwner()) {
            throw new NotAllowedException("error.group.ownersOnly");
        }
        return target;
    }

    private void checkPostOf(long groupId, long postId) {
        Long postGroup = postAccess.groupIdOf(postId);
        if (postGroup == null || postGroup != groupId) {
            throw new InvalidRequestException("error.group.postNotInGroup");
        }
    }

    private GroupForm check(GroupForm form, Long groupId) {
        String slug = form.slug() == null ? "" : form.slug().strip().toLowerCase(Locale.ROOT);
        if (!slug.matches(SLUG_PATTERN) || slug.length() < 3 || slug.length() > 60) {
            throw new InvalidRequestException("error.group.badSlug");
        }
        if (slug.equals("new") || store.slugTaken(slug, groupId)) {
            throw new InvalidRequestException("error.group.slugTaken");
        }
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 100) {
            throw new InvalidRequestException("error.group.badName");
        }
        if (form.kind() == null || form.privacy() == null) {
            throw new InvalidRequestException("error.group.kindAndPrivacy");
        }
        if (text(form.description()).length() > 5000 || text(form.rules()).length() > 5000) {
            throw new InvalidRequestException("error.group.tooLong");
        }
        if (form.region() != null && form.region().strip().length() > 100) {
            throw new InvalidRequestException("error.group.tooLong");
        }
        if (form.questions().size() > MAX_QUESTIONS
                || form.questions().stream().anyMatch(question -> question.length() > 300)) {
            throw new InvalidRequestException("error.group.tooManyQuestions", MAX_QUESTIONS);
        }
        return new GroupForm(
                form.name(),
                slug,
                form.description(),
                form.kind(),
                form.privacy(),
                form.tags(),
                form.region(),
                form.rules(),
                form.questions());
    }

    /** The group with the checked form's fields; its cover, counts and creation stay as they are. */
    private GroupRow edited(GroupRow group, GroupForm checked) {
        return new GroupRow(
                group.id(),
                checked.slug(),
                checked.name().strip(),
                text(checked.description()),
                markdown.toSafeHtml(text(checked.description())),
                text(checked.rules()),
                markdown.toSafeHtml(text(checked.rules())),
                checked.kind(),
                checked.privacy(),
                blankToNull(checked.region()),
                group.coverImageKey(),
                group.coverAltText(),
                group.memberCount(),
                group.postCount(),
                group.lastPostAt(),
                group.createdBy(),
                group.createdAt());
    }

    private static String answers(List<String> questions, List<String> given) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = given != null && i < given.size() && given.get(i) != null
                    ? given.get(i).strip().replace(ANSWER_SEPARATOR, " ")
                    : "";
            if (answer.length() > MAX_ANSWER_LENGTH) {
                throw new InvalidRequestException("error.group.answerTooLong", MAX_ANSWER_LENGTH);
            }
            answers.add(answer);
        }
        return answers.isEmpty() ? null : String.join(ANSWER_SEPARATOR, answers);
    }

    private GroupView view(GroupRow group, Long viewerId) {
        Membership membership = membership(viewerId, group.id());
        boolean contentVisible = membership.isMember()
                || (group.privacy() == GroupPrivacy.PUBLIC && membership.state() != MembershipState.BANNED);
        return new GroupView(
                group.id(),
                group.slug(),
                group.name(),
                group.description(),
                group.descriptionHtml(),
                group.rules(),
                group.rulesHtml(),
                group.kind(),
                group.privacy(),
                store.tags(List.of(group.id())).getOrDefault(group.id(), List.of()),
                group.region(),
                group.coverImageKey() == null ? null : StoredImage.urlOf(group.coverImageKey()),
                group.coverAltText(),
                store.questions(group.id()),
                group.memberCount(),
                group.postCount(),
                group.lastPostAt(),
                group.createdAt(),
                membership,
                contentVisible);
    }

    private List<GroupSummary> summaries(Collection<GroupRow> rows) {
        Map<Long, List<PracticeArea>> tags = store.tags(GroupStore.ids(rows));
        return rows.stream()
                .map(group -> new GroupSummary(
                        group.id(),
                        group.slug(),
                        group.name(),
                        group.description(),
                        group.kind(),
                        group.privacy(),
                        tags.getOrDefault(group.id(), List.of()),
                        group.region(),
                        group.coverImageKey() == null ? null : StoredImage.urlOf(group.coverImageKey()),
                        group.coverAltText(),
                        group.memberCount(),
                        group.postCount(),
                        group.lastPostAt(),
                        null))
                .toList();
    }

    /** The feed keeps each member's groups for a while; it forgets them when this commits. */
    private void audienceChanged(long accountId) {
        events.publishEvent(new Timelines.AudienceChanged(Set.of(accountId)));
    }

    private static int clampList(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.socialworkr.post.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.socialworkr.confidentiality.ConfidentialityGuard;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.connection.Connections;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredImage;
import org.socialworkr.post.ConfidentialityFindingsException;
import org.socialworkr.post.GroupAccess;
import org.socialworkr.post.IdPage;
import org.socialworkr.post.PostAccess;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostDeleted;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostEdit;
import org.socialworkr.post.PostEdited;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostReacted;
import org.socialworkr.post.PostReposted;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.post.ReactionKind;
import org.socialworkr.post.ViewerScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PostService implements Posts, PostAccess {

    /** ISO 639-1: the two-letter codes a post's language may have. */
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final PostStore store;
    private final PostText postText;
    private final ConfidentialityGuard guard;
    private final AccountDirectory accounts;
    private final Connections connections;
    private final MediaStorage media;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<GroupAccess> groupAccess;

    PostService(
            PostStore store,
            PostText postText,
            ConfidentialityGuard guard,
            AccountDirectory accounts,
            Connections connections,
            MediaStorage media,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<GroupAccess> groupAccess) {
        this.store = store;
        this.postText = postText;
        this.guard = guard;
        this.accounts = accounts;
        this.connections = connections;
        this.media = media;
        this.events = events;
        this.clock = clock;
        this.groupAccess = groupAccess;
    }

    @Override
    @Transactional
    public long publish(long authorId, PostDraft draft) {
        String text = draft.text() == null ? "" : draft.text().strip();
        String contentWarning = blankToNull(draft.contentWarning());
        PostVisibility visibility = draft.visibility() == null ? PostVisibility.PUBLIC : draft.visibility();
        checkText(text, contentWarning, !draft.attachments().isEmpty());
        List<PostCard.Attachment> attachments = attachments(authorId, draft.attachments());
        checkConfidentiality(text, draft.confidentialityConfirmed());

        Post parent = null;
        if (draft.inReplyToId() != null) {
            parent = actionablePost(authorId, draft.inReplyToId());
        }
        // A reply stays in the group of the post it answers, so it reaches exactly that audience.
        Long groupId = parent == null ? draft.groupId() : parent.groupId();
        if (groupId != null) {
            visibility = PostVisibility.GROUP;
            if (!groups().mayPost(authorId, groupId)) {
                throw new NotAllowedException("error.post.notInGroup");
            }
        } else if (visibility == PostVisibility.GROUP) {
            throw new InvalidRequestException("error.post.groupMissing");
        }
        if (parent != null) {
            if (visibility.breadth() > parent.visibility().breadth()) {
                throw new InvalidRequestException("error.post.replyTooWide");
            }
        }
        Set<Long> recipients = visibility == PostVisibility.DIRECT ? recipients(authorId, draft, parent) : Set.of();
        Map<String, AccountSummary> mentions = mentions(text);

        Long threadRoot = parent == null ? null : (parent.threadRootId() == null ? parent.id() : parent.threadRootId());
        Set<String> tags = postText.hashtags(text);
        long id = store.insert(new PostStore.NewPost(
                authorId,
                text,
                postText.render(text, tags, usernames(mentions)),
                contentWarning,
                visibility,
                parent == null ? null : parent.id(),
                threadRoot,
                null,
                clock.instant(),
                groupId,
                language(draft.language())));
        store.addRecipients(id, recipients);
        store.replaceHashtags(id, tags);
        List<Long> mentionedIds = mentionedIds(mentions);
        store.replaceMentions(id, mentionedIds);
        store.addMedia(id, attachments);
        events.publishEvent(new PostPublished(
                id,
                authorId,
                visibility,
                mentionedWhoMaySee(authorId, visibility, recipients, mentionedIds, groupId),
                parent == null
                                || mentionedWhoMaySee(
                                                authorId, visibility, recipients, List.of(parent.authorId()), groupId)
                                        .isEmpty()
                        ? null
                        : parent.authorId(),
                groupId,
                parent != null));
        return id;
    }

    @Override
    @Transactional
    public void edit(long authorId, long postId, String text, String contentWarning, boolean confirmed) {
        Post post = actionablePost(authorId, postId);
        String body = text == null ? "" : text.strip();
        String warning = blankToNull(contentWarning);
        checkText(body, warning, false);
        checkConfidentiality(body, confirmed);
        Map<String, AccountSummary> mentions = mentions(body);
        Set<String> tags = postText.hashtags(body);
        PostEdit replaced =
                post.edit(authorId, body, postText.render(body, tags, usernames(mentions)), warning, clock.instant());
        store.update(post);
        store.addEdit(postId, replaced);
        store.replaceHashtags(postId, tags);
        store.replaceMentions(postId, mentionedIds(mentions));
        events.publishEvent(new PostEdited(postId, authorId));
    }

    @Override
    @Transactional
    public void delete(CurrentAccount actor, long postId) {
        Post post = store.find(postId).orElseThrow(PostNotFoundException::new);
        if (!post.isDeleted() && actor.id() != post.authorId() && !canSee(scopeOf(actor.id()), post)) {
            throw new PostNotFoundException();
        }
        post.delete(actor, clock.instant(), post.groupId() != null && groups().mayModerate(actor.id(), post.groupId()));
        store.update(post);
        events.publishEvent(new PostDeleted(postId, post.authorId()));
    }

    @Override
    @Transactional
    public void react(long accountId, long postId, ReactionKind kind) {
        Post post = actionablePost(accountId, postId);
        store.addReaction(post.id(), accountId, kind, clock.instant());
        events.publishEvent(new PostReacted(post.id(), post.authorId(), accountId, kind));
    }

    @Override
    @Transactional
    public void unreact(long accountId, long postId, ReactionKind kind) {
        store.removeReaction(visiblePost(accountId, postId).id(), accountId, kind);
    }

    @Override
    @Transactional
    public void repost(long accountId, long postId) {
        Post post = actionablePost(accountId, postId);
        if (post.isRepost()) {
            post = actionablePost(accountId, post.repostOfId());
        }
        if (post.visibility() != PostVisibility.PUBLIC) {
            throw new InvalidRequestException("error.post.onlyPublicReposts");
        }
        if (store.findRepost(accountId, post.id()).isPresent()) {
            return;
        }
        long repostId = store.insert(new PostStore.NewPost(
                accountId, "", "", null, PostVisibility.PUBLIC, null, null, post.id(), clock.instant()));
        events.publishEvent(new PostReposted(post.id(), post.authorId(), accountId, repostId));
    }

    @Override
    @Transactional
    public void unrepost(long accountId, long postId) {
        store.findRepost(accountId, postId).ifPresent(repost -> {
            repost.withdrawRepost(accountId, clock.instant());
            store.update(repost);
            events.publishEvent(new PostDeleted(repost.id(), accountId));
        });
    }

    @Override
    @Transactional
    public void bookmark(long accountId, long postId) {
        store.addBookmark(actionablePost(accountId, postId).id(), accountId, clock.instant());
    }

    @Override
    @Transactional
    public void unbookmark(long accountId, long postId) {
        store.removeBookmark(postId, accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public PostSource source(long authorId, long postId) {
        Post post = visiblePost(authorId, postId);
        if (post.authorId() != authorId) {
            throw new NotAllowedException("error.post.notYours");
        }
        return new PostSource(post.id(), post.body(), post.contentWarning());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PostEdit> history(CurrentAccount viewer, long postId) {
        visiblePost(viewer == null ? null : viewer.id(), postId);
        return store.edits(postId);
    }

    @Override
    @Transactional(readOnly = true)
    public PostThread thread(CurrentAccount viewer, long postId) {
        Post post = visiblePost(viewer == null ? null : viewer.id(), postId);
        if (post.isRepost()) {
            return thread(viewer, post.repostOfId());
        }
        long root = post.threadRootId() == null ? post.id() : post.threadRootId();
        Map<Long, Long> parents = new LinkedHashMap<>();
        for (PostStore.ThreadEntry entry : store.thread(root)) {
            parents.put(entry.id(), entry.inReplyToId());
        }
        List<Long> ancestors = new ArrayList<>();
        for (Long parent = parents.get(post.id()); parent != null; parent = parents.get(parent)) {
            ancestors.add(0, parent);
        }
        List<Long> replies = new ArrayList<>();
        Set<Long> inSubtree = new LinkedHashSet<>(List.of(post.id()));
        for (Map.Entry<Long, Long> entry : parents.entrySet()) {
            if (entry.getValue() != null && inSubtree.contains(entry.getValue())) {
                inSubtree.add(entry.getKey());
                replies.add(entry.getKey());
            }
        }
        return new PostThread(ancestors, post.id(), replies);
    }

    @Override
    @Transactional(readOnly = true)
    public IdPage bookmarks(long accountId, Long maxId, int limit) {
        return page(store.bookmarkedIds(accountId, maxId, limit + 1), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public IdPage tagged(String tag, CurrentAccount viewer, Long maxId, int limit) {
        ViewerScope scope = scopeOf(viewer);
        List<PostVisibility> visibilities = scope.isMember()
                ? List.of(PostVisibility.PUBLIC, PostVisibility.MEMBERS)
                : List.of(PostVisibility.PUBLIC);
        return page(store.taggedIds(tag, visibilities, scope.blockedIds(), maxId, limit + 1), limit);
    }

    @Override
    public ViewerScope scopeOf(CurrentAccount viewer) {
        return scopeOf(viewer == null ? null : viewer.id());
    }

    @Override
    @Transactional(readOnly = true)
    public ViewerScope scopeOf(Long viewerId) {
        if (viewerId == null) {
            return ViewerScope.VISITOR;
        }
        return new ViewerScope(viewerId, connections.connectionIds(viewerId), connections.blockedEitherWay(viewerId));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSee(Long viewerId, long postId) {
        return store.find(postId)
                .filter(post -> !post.isDeleted())
                .map(post -> canSee(scopeOf(viewerId), post))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Long groupIdOf(long postId) {
        return store.find(postId)
                .filter(post -> !post.isDeleted())
                .map(Post::groupId)
                .orElse(null);
    }

    private boolean canSee(ViewerScope scope, Post post) {
        Set<Long> recipients = post.visibility() == PostVisibility.DIRECT ? store.recipients(post.id()) : Set.of();
        ViewerScope withGroup = scope;
        if (post.visibility() == PostVisibility.GROUP
                && post.groupId() != null
                && groups().mayRead(scope.viewerId(), post.groupId())) {
            withGroup = scope.withReadableGroups(Set.of(post.groupId()));
        }
        return withGroup.canSee(post.authorId(), post.visibility(), recipients, post.groupId());
    }

    private GroupAccess groups() {
        return groupAccess.getIfAvailable(() -> NoGroups.INSTANCE);
    }

    /** A post that exists, is not deleted and that the viewer may see; else not found, a block included. */
    private Post visiblePost(Long viewerId, long postId) {
        return visiblePost(viewerId, postId, false);
    }

    /** Like {@link #visiblePost(Long, long)}, but a block is refused outright, so the member knows why. */
    private Post actionablePost(long memberId, long postId) {
        return visiblePost(memberId, postId, true);
    }

    private Post visiblePost(Long viewerId, long postId, boolean refuseBlocked) {
        Post post = store.find(postId).filter(found -> !found.isDeleted()).orElseThrow(PostNotFoundException::new);
        ViewerScope scope = scopeOf(viewerId);
        if (refuseBlocked && scope.blockedIds().contains(post.authorId())) {
            throw new NotAllowedException("error.post.blocked");
        }
        if (!canSee(scope, post)) {
            throw new PostNotFoundException();
        }
        return post;
    }

    private static void checkText(String text, String contentWarning, boolean hasAttachments) {
        if (text.isEmpty() && !hasAttachments) {
            throw new InvalidRequestException("error.post.empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("error.post.tooLong", MAX_TEXT_LENGTH);
        }
        if (contentWarning != null && contentWarning.length() > MAX_CONTENT_WARNING_LENGTH) {
            throw new InvalidRequestException("error.post.contentWarningTooLong", MAX_CONTENT_WARNING_LENGTH);
        }
    }

    private void checkConfidentiality(String text, boolean confirmed) {
        if (confirmed || text.isEmpty()) {
            return;
        }
        List<Finding> findings = guard.check(text);
        if (!findings.isEmpty()) {
            throw new ConfidentialityFindingsException(findings);
        }
    }

    private List<PostCard.Attachment> attachments(long authorId, List<PostDraft.Attachment> drafts) {
        if (drafts.size() > MAX_ATTACHMENTS) {
            throw new InvalidRequestException("error.post.tooManyImages", MAX_ATTACHMENTS);
        }
        List<PostCard.Attachment> attachments = new ArrayList<>();
        for (PostDraft.Attachment draft : drafts) {
            String alt = draft.altText() == null ? "" : draft.altText().strip();
            if (alt.isEmpty()) {
                throw new InvalidRequestException("error.post.altTextMissing");
            }
            if (alt.length() > MAX_ALT_TEXT_LENGTH) {
                throw new InvalidRequestException("error.post.altTextTooLong", MAX_ALT_TEXT_LENGTH);
            }
            // Someone else's image key is refused like an unknown one: keys are not shared.
            StoredImage image = media.find(draft.imageKey())
                    .filter(found -> found.ownerAccountId() == authorId)
                    .orElseThrow(() -> new InvalidRequestException("error.post.unknownImage"));
            attachments.add(new PostCard.Attachment(image.key(), image.url(), alt));
        }
        return attachments;
    }

    /** The recipients named in the draft; a direct reply without names goes back to the conversation. */
    private Set<Long> recipients(long authorId, PostDraft draft, Post parent) {
        Set<Long> recipients = new LinkedHashSet<>();
        for (String username : draft.directRecipientUsernames()) {
            String name = username.strip().replaceFirst("^@", "");
            if (name.isEmpty()) {
                continue;
            }
            AccountSummary account = accounts.findByUsername(name)
                    .filter(found -> found.status() == AccountStatus.ACTIVE)
                    .orElseThrow(() -> new InvalidRequestException("error.post.unknownRecipient", name));
            recipients.add(account.id());
        }
        if (recipients.isEmpty() && parent != null) {
            recipients.add(parent.authorId());
            if (parent.visibility() == PostVisibility.DIRECT) {
                recipients.addAll(store.recipients(parent.id()));
            }
        }
        recipients.remove(authorId);
        if (recipients.isEmpty()) {
            throw new InvalidRequestException("error.post.noRecipients");
        }
        Set<Long> blocked = connections.blockedEitherWay(authorId);
        if (recipients.stream().anyMatch(blocked::contains)) {
            throw new NotAllowedException("error.post.blocked");
        }
        return recipients;
    }

    /** Known active members by lowercase username; other names stay plain text. */
    private Map<String, AccountSummary> mentions(String text) {
        Map<String, AccountSummary> mentions = new LinkedHashMap<>();
        for (String name : postText.mentionedUsernames(text)) {
            accounts.findByUsername(name)
                    .filter(account -> account.status() == AccountStatus.ACTIVE)
                    .ifPresent(account -> mentions.put(name, account));
        }
        return mentions;
    }

    private static Map<String, String> usernames(Map<String, AccountSummary> mentions) {
        Map<String, String> usernames = new HashMap<>();
        mentions.forEach((name, account) -> usernames.put(name, account.username()));
        return usernames;
    }

    private static List<Long> mentionedIds(Map<String, AccountSummary> mentions) {
        return mentions.values().stream().map(AccountSummary::id).distinct().toList();
    }

    /**
     * Connections and blocks are symmetric, so the author's sets tell what each mentioned member's
     * scope would say about this post: two queries, however many members are mentioned.
     */
    private Set<Long> mentionedWhoMaySee(
            long authorId, PostVisibility visibility, Set<Long> recipients, List<Long> mentionedIds, Long groupId) {
        if (mentionedIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> authorConnections = connections.connectionIds(authorId);
        Set<Long> authorBlocked = connections.blockedEitherWay(authorId);
        Set<Long> notified = new LinkedHashSet<>();
        for (long mentioned : mentionedIds) {
            ViewerScope scope = new ViewerScope(
                    mentioned,
                    authorConnections.contains(mentioned) ? Set.of(authorId) : Set.of(),
                    authorBlocked.contains(mentioned) ? Set.of(authorId) : Set.of(),
                    groupId != null && groups().mayRead(mentioned, groupId) ? Set.of(groupId) : Set.of());
            if (mentioned != authorId && scope.canSee(authorId, visibility, recipients, groupId)) {
                notified.add(mentioned);
            }
        }
        return notified;
    }

    private static IdPage page(List<Long> ids, int limit) {
        if (ids.size() <= limit) {
            return new IdPage(ids, null);
        }
        List<Long> page = ids.subList(0, limit);
        return new IdPage(page, page.get(page.size() - 1));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The declared language as a known ISO 639-1 code in lower case, or {@code null} when none is declared. */
    private static String language(String declared) {
        String code = blankToNull(declared);
        if (code == null) {
            return null;
        }
        code = code.toLowerCase(Locale.ROOT);
        if (!ISO_LANGUAGES.contains(code)) {
            throw new InvalidRequestException("error.post.language", declared.strip());
        }
        return code;
    }
}

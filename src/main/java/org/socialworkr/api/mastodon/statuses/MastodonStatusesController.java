package org.socialworkr.api.mastodon.statuses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.DirectStatusIds;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Context;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.Entities.StatusEdit;
import org.socialworkr.api.mastodon.Paging;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.api.mastodon.media.MediaDescriptions;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.markdown.MarkdownRenderer;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostEdit;
import org.socialworkr.post.PostLists;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.post.ReactionKind;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mastodon's statuses over the post module. Visitors may read public statuses; everything else
 * needs a member (401 otherwise). A status the viewer may not see is a 404, like an unknown one;
 * acting on someone else's status is a 403.
 */
@RestController
@RequestMapping("/api/v1/statuses")
class MastodonStatusesController {

    private static final String FORMS = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final String MULTIPART = MediaType.MULTIPART_FORM_DATA_VALUE;

    private final Posts posts;
    private final PostLists postLists;
    private final StatusViews statuses;
    private final AccountViews accounts;
    private final MediaDescriptions descriptions;
    private final IdempotencyKeys idempotencyKeys;
    private final MarkdownRenderer markdown;
    private final DirectMessageStatuses messages;

    MastodonStatusesController(
            Posts posts,
            PostLists postLists,
            StatusViews statuses,
            AccountViews accounts,
            MediaDescriptions descriptions,
            IdempotencyKeys idempotencyKeys,
            MarkdownRenderer markdown,
            DirectMessageStatuses messages) {
        this.posts = posts;
        this.postLists = postLists;
        this.statuses = statuses;
        this.accounts = accounts;
        this.descriptions = descriptions;
        this.idempotencyKeys = idempotencyKeys;
        this.markdown = markdown;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Status createJson(
            CurrentAccount currentAccount,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody StatusSubmission submission) {
        return create(currentAccount, idempotencyKey, submission);
    }

    @PostMapping(consumes = {FORMS, MULTIPART})
    Status createForm(
            CurrentAccount currentAccount,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestParam MultiValueMap<String, String> form) {
        return create(currentAccount, idempotencyKey, StatusSubmission.ofForm(form));
    }

    private Status create(CurrentAccount currentAccount, String idempotencyKey, StatusSubmission submission) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
            throw new InvalidRequestException("error.api.idempotencyKeyTooLong", IdempotencyKeys.MAX_KEY_LENGTH);
        }
        if (key != null) {
            IdempotencyKeys.Claim claim = idempotencyKeys.claim(currentAccount.id(), key);
            if (!claim.claimed()) {
                if (claim.postId() == null) {
                    throw new InvalidRequestException("error.api.idempotencyKeyInUse");
                }
                return show(currentAccount, claim.postId());
            }
        }
        long id;
        try {
            id = submission.direct()
                    ? messages.send(currentAccount, submission)
                    : posts.publish(currentAccount.id(), draft(currentAccount, submission));
        } catch (RuntimeException refused) {
            if (key != null) {
                idempotencyKeys.release(currentAccount.id(), key);
            }
            throw refused;
        }
        if (key != null) {
            idempotencyKeys.complete(currentAccount.id(), key, id);
        }
        return show(currentAccount, id);
    }

    private PostDraft draft(CurrentAccount author, StatusSubmission submission) {
        Long groupId = groupIdOf(submission.groupId());
        // A group post is seen by the group's readers, whatever visibility the client chose.
        PostVisibility visibility = groupId != null
                ? PostVisibility.GROUP
                : submission.visibility() == null || submission.visibility().isBlank()
                        ? PostVisibility.PUBLIC
                        : PostVisibility.fromApiName(submission.visibility())
                                .filter(PostVisibility.composerChoices()::contains)
                                .orElseThrow(() -> new InvalidRequestException("error.post.unknownVisibility"));
        String text = submission.status() == null ? "" : submission.status();
        Map<String, String> described = descriptions.of(author.id(), submission.mediaIds());
        List<PostDraft.Attachment> attachments = new ArrayList<>();
        for (String mediaId : submission.mediaIds()) {
            attachments.add(new PostDraft.Attachment(mediaId, described.get(mediaId)));
        }
        return new PostDraft(
                text,
                submission.spoilerText(),
                visibility,
                submission.inReplyToStatusId(),
                List.of(),
                attachments,
                submission.confirmed(),
                groupId,
                submission.language());
    }

    private static Long groupIdOf(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("error.api.unknownGroup");
        }
    }

    @GetMapping("/{id}")
    Status show(CurrentAccount currentAccount, @PathVariable long id) {
        return DirectStatusIds.isMessage(id)
                ? messages.status(currentAccount, id)
                : statuses.status(id, currentAccount);
    }

    /** Answers with the deleted status and its source text, so that a client can "delete and redraft". */
    @DeleteMapping("/{id}")
    Status delete(CurrentAccount currentAccount, @PathVariable long id) {
        if (DirectStatusIds.isMessage(id)) {
            return messages.delete(currentAccount, id);
        }
        Status deleted = statuses.status(id, currentAccount);
        String source = null;
        try {
            source = posts.source(currentAccount.id(), id).text();
        } catch (NotAllowedException notTheAuthor) {
            // A moderator deletes it; the text is the author's to redraft, not theirs.
        }
        posts.delete(currentAccount, id);
        return deleted.withText(source);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Status editJson(CurrentAccount currentAccount, @PathVariable long id, @RequestBody StatusSubmission submission) {
        return edit(currentAccount, id, submission);
    }

    @PutMapping(
            path = "/{id}",
            consumes = {FORMS, MULTIPART})
    Status editForm(
            CurrentAccount currentAccount, @PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
        return edit(currentAccount, id, StatusSubmission.ofForm(form));
    }

    private Status edit(CurrentAccount currentAccount, long id, StatusSubmission submission) {
        if (DirectStatusIds.isMessage(id)) {
            return messages.edit(currentAccount, id, submission);
        }
        posts.edit(currentAccount.id(), id, submission.status(), submission.spoilerText(), submission.confirmed());
        return statuses.status(id, currentAccount);
    }

    @GetMapping("/{id}/context")
    Context context(CurrentAccount currentAccount, @PathVariable long id) {
        if (DirectStatusIds.isMessage(id)) {
            return messages.context(currentAccount, id);
        }
        Posts.PostThread thread = posts.thread(currentAccount, id);
        return new Context(
                statuses.statuses(thread.ancestorIds(), currentAccount),
                statuses.statuses(thread.replyIds(), currentAccount));
    }

    /** Every version, oldest first, the current one last, as Mastodon lists them. */
    @GetMapping("/{id}/history")
    List<StatusEdit> history(CurrentAccount currentAccount, @PathVariable long id) {
        if (DirectStatusIds.isMessage(id)) {
            return messages.history(currentAccount, id);
        }
        List<PostEdit> earlier = posts.history(currentAccount, id);
        Status current = statuses.status(id, currentAccount);
        List<StatusEdit> versions = new ArrayList<>();
        for (PostEdit edit : earlier) {
            String warning = edit.contentWarning() == null ? "" : edit.contentWarning();
            versions.add(new StatusEdit(
                    markdown.toSafeHtml(edit.body()),
                    warning,
                    !warning.isEmpty(),
                    edit.replacedAt(),
                    current.account(),
                    current.mediaAttachments(),
                    List.of()));
        }
        versions.add(new StatusEdit(
                current.content(),
                current.spoilerText(),
                current.sensitive(),
                current.editedAt() == null ? current.createdAt() : current.editedAt(),
                current.account(),
                current.mediaAttachments(),
                List.of()));
        return versions;
    }

    @PostMapping("/{id}/favourite")
    Status favourite(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, (by, post) -> posts.react(by, post, ReactionKind.LIKE));
    }

    @PostMapping("/{id}/unfavourite")
    Status unfavourite(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, (by, post) -> posts.unreact(by, post, ReactionKind.LIKE));
    }

    /** Answers with the new repost, the original inside it under {@code reblog}, as Mastodon does. */
    @PostMapping("/{id}/reblog")
    Status reblog(CurrentAccount currentAccount, @PathVariable long id) {
        if (DirectStatusIds.isMessage(id)) {
            throw messages.notAvailable(currentAccount, id);
        }
        posts.repost(currentAccount.id(), id);
        List<Long> mine = postLists
                .byAuthor(currentAccount.id(), currentAccount.id(), null, null, 1, false, false, false)
                .ids();
        if (!mine.isEmpty()) {
            Status latest = statuses.status(mine.get(0), currentAccount);
            if (latest.reblog() != null && latest.reblog().id().equals(Long.toString(id))) {
                return latest;
            }
        }
        return statuses.status(id, currentAccount);
    }

    @PostMapping("/{id}/unreblog")
    Status unreblog(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, posts::unrepost);
    }

    @PostMapping("/{id}/bookmark")
    Status bookmark(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, posts::bookmark);
    }

    @PostMapping("/{id}/unbookmark")
    Status unbookmark(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, posts::unbookmark);
    }

    /** SocialWorkr's profiles have no pinned posts; a client asking is told so rather than sent a 404. */
    @PostMapping({"/{id}/pin", "/{id}/unpin"})
    Status pin(CurrentAccount currentAccount, @PathVariable long id) {
        if (DirectStatusIds.isMessage(id)) {
            throw messages.notAvailable(currentAccount, id);
        }
        statuses.status(id, currentAccount);
        throw new InvalidRequestException("error.api.pinNotAvailable");
    }

    @GetMapping("/{id}/favourited_by")
    ResponseEntity<List<Account>> favouritedBy(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit, 40, 80);
        if (DirectStatusIds.isMessage(id)) {
            messages.checkReadable(currentAccount, id);
            return Paging.respond(List.of(), List.of(), paging.limit());
        }
        List<Long> ids = postLists.favouritedBy(viewerId(currentAccount), id, maxId, paging.limit());
        return Paging.respond(accounts.list(ids, currentAccount), ids, paging.limit());
    }

    @GetMapping("/{id}/reblogged_by")
    ResponseEntity<List<Account>> rebloggedBy(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit, 40, 80);
        if (DirectStatusIds.isMessage(id)) {
            messages.checkReadable(currentAccount, id);
            return Paging.respond(List.of(), List.of(), paging.limit());
        }
        List<Long> ids = postLists.repostedBy(viewerId(currentAccount), id, maxId, paging.limit());
        return Paging.respond(accounts.list(ids, currentAccount), ids, paging.limit());
    }

    /** Does the action on the post and answers with the post as the member now sees it. */
    private Status act(CurrentAccount currentAccount, long id, BiConsumer<Long, Long> action) {
        if (DirectStatusIds.isMessage(id)) {
            throw messages.notAvailable(currentAccount, id);
        }
        action.accept(currentAccount.id(), id);
        return statuses.status(id, currentAccount);
    }

    private static Long viewerId(CurrentAccount viewer) {
        return viewer == null ? null : viewer.id();
    }

    @Bean
    static PublicPaths mastodonStatusPublicPaths() {
        return () -> List.of(
                "/api/v1/statuses/*",
                "/api/v1/statuses/*/context",
                "/api/v1/statuses/*/history",
                "/api/v1/statuses/*/favourited_by",
                "/api/v1/statuses/*/reblogged_by",
                "/api/v1/timelines/tag/*",
                "/api/v1/timelines/group/*",
                "/api/v1/accounts/*",
                "/api/v1/accounts/*/statuses");
    }
}

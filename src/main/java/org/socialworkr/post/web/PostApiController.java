package org.socialworkr.post.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.markdown.MarkdownRenderer;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.post.ConfidentialityFindingsException;
import org.socialworkr.post.IdPage;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostEdit;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.post.ReactionKind;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Statuses the Mastodon way, over the post module. Visitors may read public statuses; everything
 * else needs a login (401 otherwise). A status the viewer may not see is a 404, like an unknown one.
 */
@RestController
@RequestMapping("/api/v1")
class PostApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 40;

    /** In a direct status, the mentioned members are the recipients, as in Mastodon. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_]{1,64})");

    private final Posts posts;
    private final PostCards cards;
    private final InstanceProperties instance;
    private final MessageSource messages;
    private final MarkdownRenderer markdown;

    PostApiController(
            Posts posts,
            PostCards cards,
            InstanceProperties instance,
            MessageSource messages,
            MarkdownRenderer markdown) {
        this.posts = posts;
        this.cards = cards;
        this.instance = instance;
        this.messages = messages;
        this.markdown = markdown;
    }

    @PostMapping("/statuses")
    StatusJson.Status create(CurrentAccount currentAccount, @RequestBody StatusJson.StatusRequest request) {
        PostVisibility visibility = request.visibility() == null
                ? PostVisibility.PUBLIC
                : PostVisibility.fromApiName(request.visibility())
                        .filter(PostController.visibilities()::contains)
                        .orElseThrow(() -> new InvalidRequestException("error.post.unknownVisibility"));
        String text = request.status() == null ? "" : request.status();
        long id = posts.publish(
                currentAccount.id(),
                new PostDraft(
                        text,
                        request.spoilerText(),
                        visibility,
                        idOf(request.inReplyToId()),
                        visibility == PostVisibility.DIRECT ? mentionedNames(text) : List.of(),
                        attachments(request),
                        request.confirmed()));
        return status(id, currentAccount);
    }

    @GetMapping("/statuses/{id}")
    StatusJson.Status show(CurrentAccount currentAccount, @PathVariable long id) {
        return status(id, currentAccount);
    }

    @DeleteMapping("/statuses/{id}")
    StatusJson.Status delete(CurrentAccount currentAccount, @PathVariable long id) {
        StatusJson.Status deleted = status(id, currentAccount);
        posts.delete(currentAccount, id);
        return deleted;
    }

    @PutMapping("/statuses/{id}")
    StatusJson.Status edit(
            CurrentAccount currentAccount, @PathVariable long id, @RequestBody StatusJson.StatusRequest request) {
        posts.edit(currentAccount.id(), id, request.status(), request.spoilerText(), request.confirmed());
        return status(id, currentAccount);
    }

    @GetMapping("/statuses/{id}/context")
    StatusJson.Context context(CurrentAccount currentAccount, @PathVariable long id) {
        Posts.PostThread thread = posts.thread(currentAccount, id);
        return new StatusJson.Context(
                statuses(cards.cards(thread.ancestorIds(), currentAccount)),
                statuses(cards.cards(thread.replyIds(), currentAccount)));
    }

    @GetMapping("/statuses/{id}/history")
    List<StatusJson.StatusEdit> history(CurrentAccount currentAccount, @PathVariable long id) {
        List<StatusJson.StatusEdit> versions = new ArrayList<>();
        for (PostEdit edit : posts.history(currentAccount, id)) {
            versions.add(new StatusJson.StatusEdit(
                    markdown.toSafeHtml(edit.body()),
                    edit.contentWarning() == null ? "" : edit.contentWarning(),
                    edit.replacedAt()));
        }
        StatusJson.Status current = status(id, currentAccount);
        versions.add(new StatusJson.StatusEdit(
                current.content(),
                current.spoilerText(),
                current.editedAt() == null ? current.createdAt() : current.editedAt()));
        return versions;
    }

    @PostMapping("/statuses/{id}/favourite")
    StatusJson.Status favourite(CurrentAccount currentAccount, @PathVariable long id) {
        posts.react(currentAccount.id(), id, ReactionKind.LIKE);
        return status(id, currentAccount);
    }

    @PostMapping("/statuses/{id}/unfavourite")
    StatusJson.Status unfavourite(CurrentAccount currentAccount, @PathVariable long id) {
        posts.unreact(currentAccount.id(), id, ReactionKind.LIKE);
        return status(id, currentAccount);
    }

    @PostMapping("/statuses/{id}/reblog")
    StatusJson.Status reblog(CurrentAccount currentAccount, @PathVariable long id) {
        posts.repost(currentAccount.id(), id);
        return status(id, currentAccount);
    }

    @PostMapping("/statuses/{id}/unreblog")
    StatusJson.Status unreblog(CurrentAccount currentAccount, @PathVariable long id) {
        posts.unrepost(currentAccount.id(), id);
        return status(id, currentAccount);
    }

    @PostMapping("/statuses/{id}/bookmark")
    StatusJson.Status bookmark(CurrentAccount currentAccount, @PathVariable long id) {
        posts.bookmark(currentAccount.id(), id);
        return status(id, currentAccount);
    }

    @PostMapping("/statuses/{id}/unbookmark")
    StatusJson.Status unbookmark(CurrentAccount currentAccount, @PathVariable long id) {
        posts.unbookmark(currentAccount.id(), id);
        return status(id, currentAccount);
    }

    @GetMapping("/bookmarks")
    ResponseEntity<List<StatusJson.Status>> bookmarks(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        return page(posts.bookmarks(currentAccount.id(), maxId, limitOf(limit)), currentAccount);
    }

    @GetMapping("/timelines/tag/{hashtag}")
    ResponseEntity<List<StatusJson.Status>> tag(
            CurrentAccount currentAccount,
            @PathVariable String hashtag,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        return page(
                posts.tagged(hashtag.toLowerCase(Locale.ROOT), currentAccount, maxId, limitOf(limit)), currentAccount);
    }

    /** The findings spelled out, so that a client without a findings view still tells the author why. */
    @ExceptionHandler(ConfidentialityFindingsException.class)
    ResponseEntity<Map<String, String>> refused(ConfidentialityFindingsException refused, Locale locale) {
        String details = refused.findings().stream()
                .map(finding -> finding.message() + " (" + finding.kind().apiName() + " at " + finding.start() + "-"
                        + finding.end() + ")")
                .collect(Collectors.joining("; "));
        String lead = messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("error", lead + " " + details));
    }

    private StatusJson.Status status(long id, CurrentAccount viewer) {
        return cards.cards(List.of(id), viewer).stream()
                .findFirst()
                .map(card -> StatusJson.Status.of(card, instance))
                .orElseThrow(PostNotFoundException::new);
    }

    private List<StatusJson.Status> statuses(List<PostCard> found) {
        return found.stream().map(card -> StatusJson.Status.of(card, instance)).toList();
    }

    private ResponseEntity<List<StatusJson.Status>> page(IdPage page, CurrentAccount viewer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.nextMaxId() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("max_id", page.nextMaxId())
                    .toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(statuses(cards.cards(page.ids(), viewer)));
    }

    private static List<PostDraft.Attachment> attachments(StatusJson.StatusRequest request) {
        List<PostDraft.Attachment> attachments = new ArrayList<>();
        List<String> ids = request.mediaIds() == null ? List.of() : request.mediaIds();
        List<String> descriptions = request.mediaDescriptions() == null ? List.of() : request.mediaDescriptions();
        for (int index = 0; index < ids.size(); index++) {
            attachments.add(new PostDraft.Attachment(
                    ids.get(index), index < descriptions.size() ? descriptions.get(index) : null));
        }
        return attachments;
    }

    private static List<String> mentionedNames(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    private static Long idOf(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            throw new PostNotFoundException();
        }
    }

    private static int limitOf(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    @Bean
    static PublicPaths statusPublicPaths() {
        return () -> List.of("/api/v1/statuses/*", "/api/v1/statuses/*/context", "/api/v1/timelines/tag/*");
    }
}

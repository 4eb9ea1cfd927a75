package org.socialworkr.post.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.DomainException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.web.NavigationItem;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.confidentiality.ConfidentialityGuard;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.post.ConfidentialityFindingsException;
import org.socialworkr.post.IdPage;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.post.ReactionKind;
import org.socialworkr.post.Trending;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of posts. A refused post (the guard's findings, a missing alt text) comes back in the
 * standalone composer with the text kept; the home page belongs to the feed and only links here.
 */
@Controller
class PostController {

    static final int PAGE_SIZE = 20;
    static final Duration TRENDING_WINDOW = Duration.ofDays(7);

    /** A path of this site (not "//host"), in plain characters, so a redirect can never leave it. */
    private static final Pattern SAFE_BACK = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_@.~?=&%#-]*");

    private final Posts posts;
    private final PostCards cards;
    private final Trending trending;
    private final ConfidentialityGuard guard;
    private final MediaStorage media;

    PostController(Posts posts, PostCards cards, Trending trending, ConfidentialityGuard guard, MediaStorage media) {
        this.posts = posts;
        this.cards = cards;
        this.trending = trending;
        this.guard = guard;
        this.media = media;
    }

    @GetMapping("/posts/new")
    String compose(CurrentAccount currentAccount, Model model) {
        if (currentAccount == null) {
            return "redirect:/login";
        }
        model.addAttribute("postForm", PostForm.empty());
        return composePage(model, null, List.of(), null);
    }

    @PostMapping("/posts")
    String publish(
            CurrentAccount currentAccount,
            PostForm postForm,
            @RequestParam(name = "images", required = false) List<MultipartFile> images,
            Model model,
            RedirectAttributes redirect) {
        String text = postForm.text() == null ? "" : postForm.text();
        // The guard runs before any image is stored, so a refused draft leaves no orphaned files.
        if (!postForm.confirmed()) {
            List<Finding> findings = guard.check(text.strip());
            if (!findings.isEmpty()) {
                return composePage(model, postForm, findings, text.strip());
            }
        }
        try {
            List<PostDraft.Attachment> attachments = storeImages(currentAccount.id(), images, postForm);
            long id = posts.publish(
                    currentAccount.id(),
                    new PostDraft(
                            text,
                            postForm.contentWarning(),
                            postForm.visibility(),
                            postForm.inReplyToId(),
                            postForm.recipientUsernames(),
                            attachments,
                            postForm.confirmed(),
                            postForm.groupId()));
            redirect.addFlashAttribute("notice", "post.notice.published");
            return "redirect:/posts/" + (postForm.inReplyToId() == null ? id : postForm.inReplyToId() + "#post-" + id);
        } catch (ConfidentialityFindingsException refused) {
            return composePage(model, postForm, refused.findings(), text.strip());
        } catch (InvalidRequestException | NotAllowedException refused) {
            return composePage(model, postForm, List.of(), refused);
        }
    }

    @GetMapping("/posts/{id}")
    String show(CurrentAccount currentAccount, @PathVariable long id, Model model) {
        Posts.PostThread thread = posts.thread(currentAccount, id);
        List<Long> ids = new ArrayList<>(thread.ancestorIds());
        ids.add(thread.postId());
        ids.addAll(thread.replyIds());
        List<PostCard> all = cards.threadCards(ids, currentAccount);
        PostCard main = all.stream()
                .filter(card -> card.id() == thread.postId())
                .findFirst()
                .orElseThrow(PostNotFoundException::new);
        model.addAttribute(
                "ancestors",
                all.stream()
                        .filter(card -> thread.ancestorIds().contains(card.id()))
                        .toList());
        model.addAttribute("post", main);
        model.addAttribute(
                "replies",
                all.stream()
                        .filter(card -> thread.replyIds().contains(card.id()))
                        .toList());
        if (currentAccount != null) {
            model.addAttribute("postForm", PostForm.replyTo(main.id(), main.visibility()));
            model.addAttribute("visibilities", visibilities());
        }
        return "post/show";
    }

    @GetMapping("/posts/{id}/edit")
    String editForm(CurrentAccount currentAccount, @PathVariable long id, Model model) {
        if (currentAccount == null) {
            return "redirect:/login";
        }
        Posts.PostSource source = posts.source(currentAccount.id(), id);
        model.addAttribute("postId", id);
        model.addAttribute(
                "postForm",
                new PostForm(source.text(), source.contentWarning(), null, null, null, List.of(), false, null));
        model.addAttribute("findings", List.of());
        return "post/edit";
    }

    @PostMapping("/posts/{id}/edit")
    String edit(
            CurrentAccount currentAccount,
            @PathVariable long id,
            PostForm postForm,
            Model model,
            RedirectAttributes redirect) {
        try {
            posts.edit(currentAccount.id(), id, postForm.text(), postForm.contentWarning(), postForm.confirmed());
        } catch (ConfidentialityFindingsException refused) {
            model.addAttribute("postId", id);
            model.addAttribute("postForm", postForm);
            model.addAttribute("findings", refused.findings());
            model.addAttribute("highlights", Highlight.of(postForm.text().strip(), refused.findings()));
            return "post/edit";
        } catch (InvalidRequestException refused) {
            model.addAttribute("postId", id);
            model.addAttribute("postForm", postForm);
            model.addAttribute("findings", List.of());
            model.addAttribute("postError", refused);
            return "post/edit";
        }
        redirect.addFlashAttribute("notice", "post.notice.edited");
        return "redirect:/posts/" + id;
    }

    @GetMapping("/posts/{id}/history")
    String history(CurrentAccount currentAccount, @PathVariable long id, Model model) {
        model.addAttribute("postId", id);
        model.addAttribute("edits", posts.history(currentAccount, id));
        return "post/history";
    }

    @PostMapping("/posts/{id}/delete")
    String delete(CurrentAccount currentAccount, @PathVariable long id, RedirectAttributes redirect) {
        posts.delete(currentAccount, id);
        redirect.addFlashAttribute("notice", "post.notice.deleted");
        return "redirect:/";
    }

    @PostMapping("/posts/{id}/react")
    String react(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam ReactionKind kind,
            @RequestParam(required = false) String back) {
        posts.react(currentAccount.id(), id, kind);
        return back(back, id);
    }

    @PostMapping("/posts/{id}/unreact")
    String unreact(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam ReactionKind kind,
            @RequestParam(required = false) String back) {
        posts.unreact(currentAccount.id(), id, kind);
        return back(back, id);
    }

    @PostMapping("/posts/{id}/repost")
    String repost(CurrentAccount currentAccount, @PathVariable long id, @RequestParam(required = false) String back) {
        posts.repost(currentAccount.id(), id);
        return back(back, id);
    }

    @PostMapping("/posts/{id}/unrepost")
    String unrepost(CurrentAccount currentAccount, @PathVariable long id, @RequestParam(required = false) String back) {
        posts.unrepost(currentAccount.id(), id);
        return back(back, id);
    }

    @PostMapping("/posts/{id}/bookmark")
    String bookmark(CurrentAccount currentAccount, @PathVariable long id, @RequestParam(required = false) String back) {
        posts.bookmark(currentAccount.id(), id);
        return back(back, id);
    }

    @PostMapping("/posts/{id}/unbookmark")
    String unbookmark(
            CurrentAccount currentAccount, @PathVariable long id, @RequestParam(required = false) String back) {
        posts.unbookmark(currentAccount.id(), id);
        return back(back, id);
    }

    @GetMapping("/bookmarks")
    String bookmarks(
            CurrentAccount currentAccount, @RequestParam(name = "max_id", required = false) Long maxId, Model model) {
        IdPage page = posts.bookmarks(currentAccount.id(), maxId, PAGE_SIZE);
        model.addAttribute("cards", cards.cards(page.ids(), currentAccount));
        model.addAttribute("nextUrl", page.nextMaxId() == null ? null : "/bookmarks?max_id=" + page.nextMaxId());
        return "post/bookmarks";
    }

    @GetMapping("/tags/{tag}")
    String tag(
            CurrentAccount currentAccount,
            @PathVariable String tag,
            @RequestParam(name = "max_id", required = false) Long maxId,
            Model model) {
        String normalized = tag.toLowerCase(Locale.ROOT);
        IdPage page = posts.tagged(normalized, currentAccount, maxId, PAGE_SIZE);
        model.addAttribute("tag", normalized);
        model.addAttribute("cards", cards.cards(page.ids(), currentAccount));
        model.addAttribute("tags", trending.top(10, TRENDING_WINDOW));
        model.addAttribute(
                "nextUrl", page.nextMaxId() == null ? null : "/tags/" + normalized + "?max_id=" + page.nextMaxId());
        return "post/tag";
    }

    private String composePage(Model model, PostForm form, List<Finding> findings, Object errorOrText) {
        if (form != null) {
            model.addAttribute("postForm", form);
        }
        model.addAttribute("visibilities", visibilities());
        model.addAttribute("findings", findings);
        if (errorOrText instanceof String text && !findings.isEmpty()) {
            model.addAttribute("highlights", Highlight.of(text, findings));
        }
        if (errorOrText instanceof DomainException error) {
            model.addAttribute("postError", error);
        }
        return "post/compose";
    }

    private List<PostDraft.Attachment> storeImages(long authorId, List<MultipartFile> images, PostForm form) {
        List<PostDraft.Attachment> attachments = new ArrayList<>();
        if (images == null) {
            return attachments;
        }
        for (int index = 0; index < images.size(); index++) {
            MultipartFile image = images.get(index);
            if (image == null || image.isEmpty()) {
                continue;
            }
            String alt = form.altText(index);
            if (alt == null || alt.isBlank()) {
                throw new InvalidRequestException("error.post.altTextMissing");
            }
            if (attachments.size() == Posts.MAX_ATTACHMENTS) {
                throw new InvalidRequestException("error.post.tooManyImages", Posts.MAX_ATTACHMENTS);
            }
            try (InputStream data = image.getInputStream()) {
                String key =
                        media.storeImage(authorId, data, image.getContentType()).key();
                attachments.add(new PostDraft.Attachment(key, alt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return attachments;
    }

    static List<PostVisibility> visibilities() {
        return PostVisibility.composerChoices();
    }

    /** Back to the page the form was on, if it is one of ours; else to the post. */
    private static String back(String back, long id) {
        if (back != null && SAFE_BACK.matcher(back).matches()) {
            return "redirect:" + back;
        }
        return "redirect:/posts/" + id;
    }

    @Bean
    static PublicPaths postPublicPaths() {
        return () -> List.of("/posts/*", "/posts/*/history", "/tags/*");
    }

    @Bean
    static NavigationItem bookmarksNavigation() {
        return new NavigationItem("nav.bookmarks", "/bookmarks", 60, true);
    }
}

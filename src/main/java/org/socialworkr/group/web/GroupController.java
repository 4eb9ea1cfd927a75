package org.socialworkr.group.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.DomainException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.web.NavigationItem;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.group.GroupForm;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPostNotice;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.group.GroupRole;
import org.socialworkr.group.GroupSearch;
import org.socialworkr.group.GroupView;
import org.socialworkr.group.Groups;
import org.socialworkr.group.MembershipState;
import org.socialworkr.post.ConfidentialityFindingsException;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.profile.PracticeArea;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of groups: discovery at {@code /groups}, a group's page with its feed, the create and
 * edit forms, members, requests and the moderation log. A refusal the member can act on comes
 * back on the page as a message; a group the viewer may not know is a 404 page. Group pages are
 * addressed by slug; {@code /groups/<id>} works too (notifications link that way).
 */
@Controller
class GroupController {

    static final int FEED_SIZE = 20;

    private final Groups groups;
    private final Posts posts;
    private final PostCards cards;
    private final AccountDirectory accounts;

    GroupController(Groups groups, Posts posts, PostCards cards, AccountDirectory accounts) {
        this.groups = groups;
        this.posts = posts;
        this.cards = cards;
        this.accounts = accounts;
    }

    @GetMapping("/groups")
    String discover(
            CurrentAccount currentAccount,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String region,
            Model model) {
        Long viewerId = viewerId(currentAccount);
        GroupSearch search = new GroupSearch(
                trimmed(q, 100), GroupKind.fromApiName(kind).orElse(null), practiceArea(tag), trimmed(region, 100));
        model.addAttribute("search", search);
        model.addAttribute("q", search.q());
        model.addAttribute("region", search.region());
        model.addAttribute("results", groups.search(viewerId, search, Groups.MAX_PAGE_SIZE));
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("tags", PracticeArea.values());
        if (currentAccount != null) {
            model.addAttribute("mine", groups.groupsOf(currentAccount.id()));
            model.addAttribute("invitations", groups.invitations(currentAccount.id()));
            model.addAttribute(
                    "suggestions", search.isEmpty() ? groups.suggestions(currentAccount.id(), 6) : List.of());
        }
        return "group/index";
    }

    @GetMapping("/groups/new")
    String newGroup(CurrentAccount currentAccount, Model model) {
        if (currentAccount == null) {
            return "redirect:/login";
        }
        model.addAttribute("groupForm", GroupForm.empty());
        return formPage(model, null);
    }

    @PostMapping("/groups")
    String create(
            CurrentAccount currentAccount,
            @Valid @ModelAttribute("groupForm") GroupForm groupForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model, null);
        }
        return saved(
                () -> groups.create(currentAccount.id(), groupForm), "group.notice.created", null, model, redirect);
    }

    @GetMapping("/groups/{ref}")
    String show(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam(name = "max_id", required = false) Long maxId,
            Model model) {
        GroupView group = group(ref, currentAccount);
        model.addAttribute("group", group);
        model.addAttribute("related", groups.related(viewerId(currentAccount), group.id(), 5));
        if (group.contentVisible()) {
            List<Long> ids = groups.timeline(currentAccount, group.id(), maxId, null, null, FEED_SIZE);
            List<Long> pinned = maxId == null ? groups.pinnedPostIds(currentAccount, group.id()) : List.of();
            List<Long> all = new ArrayList<>(pinned);
            ids.stream().filter(id -> !pinned.contains(id)).forEach(all::add);
            List<PostCard> shown = cards.cards(all, currentAccount);
            model.addAttribute(
                    "pinned",
                    shown.stream().filter(card -> pinned.contains(card.id())).toList());
            model.addAttribute(
                    "feed",
                    shown.stream().filter(card -> !pinned.contains(card.id())).toList());
            model.addAttribute("pinnedIds", pinned);
            model.addAttribute("nextMaxId", ids.size() == FEED_SIZE ? ids.get(ids.size() - 1) : null);
        }
        model.addAttribute("notices", GroupPostNotice.values());
        return "group/show";
    }

    @PostMapping("/groups/{ref}/posts")
    String publish(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "content_warning", required = false) String contentWarning,
            @RequestParam(name = "confidentiality_confirmed", defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        try {
            posts.publish(
                    currentAccount.id(),
                    new PostDraft(text, contentWarning, PostVisibility.GROUP, null, null, null, confirmed, group.id()));
            redirect.addFlashAttribute("notice", "post.notice.published");
            return "redirect:/groups/" + group.slug();
        } catch (ConfidentialityFindingsException refused) {
            return refusedPost(currentAccount, ref, model, text, contentWarning, refused.findings(), null);
        } catch (InvalidRequestException | NotAllowedException refused) {
            return refusedPost(currentAccount, ref, model, text, contentWarning, List.of(), refused);
        }
    }

    private String refusedPost(
            CurrentAccount currentAccount,
            String ref,
            Model model,
            String text,
            String contentWarning,
            List<Finding> findings,
            DomainException error) {
        model.addAttribute("draftText", text);
        model.addAttribute("draftContentWarning", contentWarning);
        model.addAttribute("findings", findings);
        model.addAttribute("postError", error);
        return show(currentAccount, ref, null, model);
    }

    @GetMapping("/groups/{ref}/edit")
    String edit(CurrentAccount currentAccount, @PathVariable String ref, Model model) {
        GroupView group = group(ref, currentAccount);
        if (!group.membership().moderates()) {
            throw new NotAllowedException("error.group.moderatorsOnly");
        }
        model.addAttribute("groupForm", group.form());
        return formPage(model, group);
    }

    @PostMapping("/groups/{ref}/edit")
    String update(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @Valid @ModelAttribute("groupForm") GroupForm groupForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        if (errors.hasErrors()) {
            return formPage(model, group);
        }
        return saved(
                () -> groups.update(currentAccount.id(), group.id(), groupForm),
                "group.notice.saved",
                group,
                model,
                redirect);
    }

    /** Saves the form and goes to the saved group, or shows the form again with why it was refused. */
    private String saved(
            Supplier<GroupView> save, String notice, GroupView editing, Model model, RedirectAttributes redirect) {
        try {
            GroupView saved = save.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/groups/" + saved.slug();
        } catch (InvalidRequestException refused) {
            model.addAttribute("formError", refused);
            return formPage(model, editing);
        }
    }

    @PostMapping("/groups/{ref}/cover")
    String changeCover(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam(name = "cover", required = false) MultipartFile cover,
            @RequestParam(name = "cover_alt_text", required = false) String altText,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(redirect, "/groups/" + group.slug() + "/edit", "group.notice.coverChanged", () -> {
            if (cover == null || cover.isEmpty()) {
                throw new InvalidRequestException("error.group.coverMissing");
            }
            try (InputStream data = cover.getInputStream()) {
                groups.changeCover(currentAccount.id(), group.id(), data, cover.getContentType(), altText);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/groups/{ref}/cover/remove")
    String removeCover(CurrentAccount currentAccount, @PathVariable String ref, RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(
                redirect,
                "/groups/" + group.slug() + "/edit",
                "group.notice.coverRemoved",
                () -> groups.removeCover(currentAccount.id(), group.id()));
    }

    @PostMapping("/groups/{ref}/join")
    String join(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        // Read as sent: a single List parameter would be split at commas.
        List<String> answers = form.getOrDefault("answers", List.of());
        return act(redirect, "/groups/" + group.slug(), null, () -> {
            MembershipState state = groups.join(currentAccount.id(), group.id(), answers);
            redirect.addFlashAttribute(
                    "notice", state == MembershipState.MEMBER ? "group.notice.joined" : "group.notice.requested");
        });
    }

    @PostMapping("/groups/{ref}/leave")
    String leave(CurrentAccount currentAccount, @PathVariable String ref, RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        String back = group.privacy() == GroupPrivacy.HIDDEN ? "/groups" : "/groups/" + group.slug();
        return act(redirect, back, "group.notice.left", () -> groups.leave(currentAccount.id(), group.id()));
    }

    @PostMapping("/groups/{ref}/notice")
    String changeNotice(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam GroupPostNotice notice,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(
                redirect,
                "/groups/" + group.slug(),
                "group.notice.noticeSaved",
                () -> groups.changeNotice(currentAccount.id(), group.id(), notice));
    }

    @GetMapping("/groups/{ref}/members")
    String members(CurrentAccount currentAccount, @PathVariable String ref, Model model) {
        GroupView group = group(ref, currentAccount);
        model.addAttribute("group", group);
        model.addAttribute("members", groups.members(currentAccount, group.id(), 500));
        model.addAttribute("roles", GroupRole.values());
        if (group.membership().moderates()) {
            model.addAttribute(
                    "banned",
                    accounts.findAll(groups.bannedIds(currentAccount.id(), group.id()))
                            .values());
        }
        return "group/members";
    }

    @GetMapping("/groups/{ref}/requests")
    String requests(CurrentAccount currentAccount, @PathVariable String ref, Model model) {
        GroupView group = group(ref, currentAccount);
        model.addAttribute("group", group);
        model.addAttribute("requests", groups.requests(currentAccount.id(), group.id()));
        return "group/requests";
    }

    @GetMapping("/groups/{ref}/log")
    String log(CurrentAccount currentAccount, @PathVariable String ref, Model model) {
        GroupView group = group(ref, currentAccount);
        model.addAttribute("group", group);
        model.addAttribute("entries", groups.moderationLog(currentAccount.id(), group.id(), 200));
        return "group/log";
    }

    @PostMapping("/groups/{ref}/requests/{accountId}/{decision:approve|decline}")
    String decide(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @PathVariable long accountId,
            @PathVariable String decision,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        boolean approve = decision.equals("approve");
        return act(
                redirect,
                "/groups/" + group.slug() + "/requests",
                approve ? "group.notice.approved" : "group.notice.declined",
                () -> {
                    if (approve) {
                        groups.approve(currentAccount.id(), group.id(), accountId);
                    } else {
                        groups.decline(currentAccount.id(), group.id(), accountId);
                    }
                });
    }

    @PostMapping("/groups/{ref}/invite")
    String invite(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(redirect, "/groups/" + group.slug() + "/members", "group.notice.invited", () -> {
            AccountSummary invitee = member(username);
            groups.invite(currentAccount.id(), group.id(), invitee.id());
        });
    }

    @PostMapping("/groups/{ref}/members/{accountId}/{action:remove|ban|unban}")
    String moderateMember(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @PathVariable long accountId,
            @PathVariable String action,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(redirect, "/groups/" + group.slug() + "/members", "group.notice." + action, () -> {
            switch (action) {
                case "remove" -> groups.remove(currentAccount.id(), group.id(), accountId);
                case "ban" -> groups.ban(currentAccount.id(), group.id(), accountId);
                default -> groups.unban(currentAccount.id(), group.id(), accountId);
            }
        });
    }

    @PostMapping("/groups/{ref}/members/{accountId}/role")
    String changeRole(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @PathVariable long accountId,
            @RequestParam GroupRole role,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(
                redirect,
                "/groups/" + group.slug() + "/members",
                "group.notice.roleChanged",
                () -> groups.changeRole(currentAccount.id(), group.id(), accountId, role));
    }

    @PostMapping("/groups/{ref}/transfer")
    String transfer(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(
                redirect,
                "/groups/" + group.slug() + "/members",
                "group.notice.transferred",
                () -> groups.transferOwnership(
                        currentAccount.id(), group.id(), member(username).id()));
    }

    @PostMapping("/groups/{ref}/posts/{postId}/{action:pin|unpin|remove}")
    String moderatePost(
            CurrentAccount currentAccount,
            @PathVariable String ref,
            @PathVariable long postId,
            @PathVariable String action,
            RedirectAttributes redirect) {
        GroupView group = group(ref, currentAccount);
        return act(redirect, "/groups/" + group.slug(), "group.notice.post." + action, () -> {
            switch (action) {
                case "pin" -> groups.pin(currentAccount.id(), group.id(), postId);
                case "unpin" -> groups.unpin(currentAccount.id(), group.id(), postId);
                default -> groups.removePost(currentAccount, group.id(), postId);
            }
        });
    }

    private String act(RedirectAttributes redirect, String back, String notice, Runnable action) {
        try {
            action.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (InvalidRequestException | NotAllowedException refused) {
            redirect.addFlashAttribute("groupError", refused);
        }
        return "redirect:" + back;
    }

    private AccountSummary member(String username) {
        String name = username.strip().replaceFirst("^@", "");
        return accounts.findByUsername(name)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new InvalidRequestException("error.group.unknownMember"));
    }

    private String formPage(Model model, GroupView group) {
        model.addAttribute("group", group);
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("privacies", GroupPrivacy.values());
        model.addAttribute("tags", PracticeArea.values());
        model.addAttribute("maxQuestions", Groups.MAX_QUESTIONS);
        return "group/form";
    }

    private GroupView group(String ref, CurrentAccount viewer) {
        return GroupRefs.resolve(groups, ref, viewerId(viewer));
    }

    private static Long viewerId(CurrentAccount viewer) {
        return viewer == null ? null : viewer.id();
    }

    private static PracticeArea practiceArea(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return PracticeArea.valueOf(tag.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    @Bean
    static NavigationItem groupNavigation() {
        return new NavigationItem("nav.groups", "/groups", 20, false);
    }

    @Bean
    static PublicPaths groupPublicPaths() {
        return () -> List.of("/groups", "/groups/*", "/api/v1/groups", "/api/v1/groups/*");
    }
}

package org.socialworkr.connection.web;

import java.util.List;
import java.util.Map;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.web.NavigationItem;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.NetworkPage;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.ProfileNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My network" at {@code /connections}, the lists on profiles, and the forms behind the profile
 * page's buttons. Every form returns to the page it came from; a refusal the member can act on
 * (already asked, blocked) is shown there, an unknown member or request is a 404 page.
 */
@Controller
class NetworkController {

    static final int PAGE_SIZE = 50;

    private final Connections connections;
    private final AccountDirectory accounts;

    NetworkController(Connections connections, AccountDirectory accounts) {
        this.connections = connections;
        this.accounts = accounts;
    }

    @GetMapping("/connections")
    String myNetwork(CurrentAccount currentAccount, Model model) {
        long me = currentAccount.id();
        List<ConnectionRequestView> incoming = connections.incomingRequests(me);
        List<ConnectionRequestView> outgoing = connections.outgoingRequests(me);
        Map<Long, AccountSummary> requestAccounts = RequestRow.accountsOf(concat(incoming, outgoing), accounts);
        model.addAttribute("incoming", RequestRow.of(incoming, me, requestAccounts));
        model.addAttribute("outgoing", RequestRow.of(outgoing, me, requestAccounts));
        addList(model, "connections", connections.connectionList(me, null, PAGE_SIZE));
        addList(model, "following", connections.followingList(me, null, PAGE_SIZE));
        addList(model, "followers", connections.followerList(me, null, PAGE_SIZE));
        addList(model, "blocked", connections.blockedList(me, null, PAGE_SIZE));
        addList(model, "muted", connections.mutedList(me, null, PAGE_SIZE));
        model.addAttribute("counts", connections.counts(me));
        model.addAttribute("networkVisibility", connections.networkVisibility(me));
        model.addAttribute("visibilities", FieldVisibility.values());
        return "connection/network";
    }

    @GetMapping("/connections/blocked")
    String blocked(
            CurrentAccount currentAccount, @RequestParam(name = "max_id", required = false) Long maxId, Model model) {
        return listPage(
                model,
                "blocked",
                currentAccount.username(),
                true,
                connections.blockedList(currentAccount.id(), maxId, PAGE_SIZE),
                "/connections/blocked");
    }

    @GetMapping("/connections/muted")
    String muted(
            CurrentAccount currentAccount, @RequestParam(name = "max_id", required = false) Long maxId, Model model) {
        return listPage(
                model,
                "muted",
                currentAccount.username(),
                true,
                connections.mutedList(currentAccount.id(), maxId, PAGE_SIZE),
                "/connections/muted");
    }

    /** The connections, followers or following of a member, as far as the owner lets the viewer see them. */
    @GetMapping("/@{username}/{list:connections|followers|following}")
    String memberList(
            @PathVariable String username,
            @PathVariable String list,
            @RequestParam(name = "max_id", required = false) Long maxId,
            CurrentAccount currentAccount,
            Model model) {
        AccountSummary owner = visibleNetworkOf(username, currentAccount);
        NetworkPage page =
                switch (list) {
                    case "connections" -> connections.connectionList(owner.id(), maxId, PAGE_SIZE);
                    case "followers" -> connections.followerList(owner.id(), maxId, PAGE_SIZE);
                    default -> connections.followingList(owner.id(), maxId, PAGE_SIZE);
                };
        return listPage(
                model,
                list,
                owner.username(),
                isOwn(owner, currentAccount),
                page,
                "/@" + owner.username() + "/" + list);
    }

    @PostMapping("/connections/settings")
    String changeSettings(
            CurrentAccount currentAccount, @RequestParam FieldVisibility visibility, RedirectAttributes redirect) {
        connections.changeNetworkVisibility(currentAccount.id(), visibility);
        redirect.addFlashAttribute("notice", "connection.notice.settingsSaved");
        return "redirect:/connections";
    }

    @PostMapping("/connections/members/{accountId}/request")
    String request(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.requestConnection(currentAccount.id(), accountId, note),
                "connection.notice.requested",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/requests/{requestId}/accept")
    String accept(
            CurrentAccount currentAccount,
            @PathVariable long requestId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.accept(currentAccount.id(), requestId),
                "connection.notice.accepted",
                null,
                back,
                redirect);
    }

    @PostMapping("/connections/requests/{requestId}/decline")
    String decline(
            CurrentAccount currentAccount,
            @PathVariable long requestId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.decline(currentAccount.id(), requestId),
                "connection.notice.declined",
                null,
                back,
                redirect);
    }

    @PostMapping("/connections/requests/{requestId}/cancel")
    String cancel(
            CurrentAccount currentAccount,
            @PathVariable long requestId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.cancel(currentAccount.id(), requestId),
                "connection.notice.cancelled",
                null,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/remove")
    String remove(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.removeConnection(currentAccount.id(), accountId),
                "connection.notice.removed",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/follow")
    String follow(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.follow(currentAccount.id(), accountId),
                "connection.notice.followed",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/unfollow")
    String unfollow(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.unfollow(currentAccount.id(), accountId),
                "connection.notice.unfollowed",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/block")
    String block(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.block(currentAccount.id(), accountId),
                "connection.notice.blocked",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/unblock")
    String unblock(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.unblock(currentAccount.id(), accountId),
                "connection.notice.unblocked",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/mute")
    String mute(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.mute(currentAccount.id(), accountId),
                "connection.notice.muted",
                accountId,
                back,
                redirect);
    }

    @PostMapping("/connections/members/{accountId}/unmute")
    String unmute(
            CurrentAccount currentAccount,
            @PathVariable long accountId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(
                () -> connections.unmute(currentAccount.id(), accountId),
                "connection.notice.unmuted",
                accountId,
                back,
                redirect);
    }

    private String act(Runnable action, String notice, Long otherId, String back, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequestException | NotAllowedException e) {
            redirect.addFlashAttribute("connectionError", e.messageKey());
        }
        return "redirect:" + backTo(back, otherId);
    }

    /** Only a path on this site: an address from a form must never send the member elsewhere. */
    private String backTo(String back, Long otherId) {
        if (back != null
                && back.startsWith("/")
                && !back.startsWith("//")
                && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl)) {
            return back;
        }
        if (otherId != null) {
            return accounts.findById(otherId)
                    .map(account -> "/@" + account.username())
                    .orElse("/connections");
        }
        return "/connections";
    }

    private AccountSummary visibleNetworkOf(String username, CurrentAccount viewer) {
        AccountSummary owner = accounts.findByUsername(username)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(ProfileNotFoundException::new);
        if (!connections.canSeeNetwork(viewer == null ? null : viewer.id(), owner.id())) {
            throw new NotAllowedException("error.connection.listHidden");
        }
        return owner;
    }

    private static boolean isOwn(AccountSummary owner, CurrentAccount viewer) {
        return viewer != null && viewer.id() == owner.id();
    }

    private String listPage(Model model, String kind, String username, boolean own, NetworkPage page, String path) {
        model.addAttribute("kind", kind);
        model.addAttribute("username", username);
        model.addAttribute("own", own);
        model.addAttribute("rows", MemberRow.of(page, accounts));
        model.addAttribute("nextUrl", page.nextMaxId() == null ? null : path + "?max_id=" + page.nextMaxId());
        model.addAttribute("path", path);
        return "connection/list";
    }

    private void addList(Model model, String name, NetworkPage page) {
        model.addAttribute(name, MemberRow.of(page, accounts));
        model.addAttribute(name + "More", page.nextMaxId() != null);
    }

    private static List<ConnectionRequestView> concat(List<ConnectionRequestView> a, List<ConnectionRequestView> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Bean
    static NavigationItem connectionNavigation() {
        return new NavigationItem("nav.connections", "/connections", 15, true);
    }

    @Bean
    static PublicPaths connectionPublicPaths() {
        return () -> List.of("/@*/connections", "/@*/followers", "/@*/following");
    }
}

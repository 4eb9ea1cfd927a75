package org.socialworkr.moderation.web;

import java.util.List;
import org.socialworkr.account.AccountAdministration;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.moderation.StaffAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member list for administrators and moderators; suspensions and roles for administrators. */
@Controller
@RequestMapping("/admin/members")
class MembersController {

    static final int PAGE_SIZE = 50;

    private final AccountAdministration administration;

    MembersController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String members(
            CurrentAccount currentAccount,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long before,
            Model model) {
        StaffAccess.requireStaff(currentAccount);
        String query = blankToNull(q);
        // One more than a page tells whether an older page exists without counting.
        List<AccountSummary> found = administration.members(currentAccount, query, before, PAGE_SIZE + 1);
        List<AccountSummary> page = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        boolean manage = currentAccount.canUse(AccountRole.ADMINISTRATOR);
        model.addAttribute(
                "members",
                page.stream()
                        .map(member -> MemberRow.of(member, currentAccount, manage))
                        .toList());
        model.addAttribute("manage", manage);
        model.addAttribute("q", query);
        model.addAttribute("before", before);
        model.addAttribute(
                "olderBefore",
                found.size() > PAGE_SIZE ? page.get(page.size() - 1).id() : null);
        return "moderation/members";
    }

    @PostMapping("/{id}/suspend")
    String suspend(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long before,
            RedirectAttributes redirect) {
        return change(
                currentAccount,
                () -> administration.suspend(currentAccount, id),
                "admin.members.notice.suspended",
                q,
                before,
                redirect);
    }

    @PostMapping("/{id}/unsuspend")
    String unsuspend(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long before,
            RedirectAttributes redirect) {
        return change(
                currentAccount,
                () -> administration.unsuspend(currentAccount, id),
                "admin.members.notice.unsuspended",
                q,
                before,
                redirect);
    }

    @PostMapping("/{id}/grant")
    String grant(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam AccountRole role,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long before,
            RedirectAttributes redirect) {
        return change(
                currentAccount,
                () -> administration.grant(currentAccount, id, role),
                "admin.members.notice.granted",
                q,
                before,
                redirect);
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam AccountRole role,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long before,
            RedirectAttributes redirect) {
        return change(
                currentAccount,
                () -> administration.revoke(currentAccount, id, role),
                "admin.members.notice.revoked",
                q,
                before,
                redirect);
    }

    /**
     * Back to the same page of the same search. A refusal an administrator can act on (already
     * suspended, own role) is shown there; lacking the power itself is a 403 page.
     */
    private static String change(
            CurrentAccount currentAccount,
            Runnable action,
            String notice,
            String q,
            Long before,
            RedirectAttributes redirect) {
        StaffAccess.requireAdministrator(currentAccount);
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("adminError", e.messageKey());
        }
        String query = blankToNull(q);
        if (query != null) {
            redirect.addAttribute("q", query);
        }
        if (before != null) {
            redirect.addAttribute("before", before);
        }
        return "redirect:/admin/members";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

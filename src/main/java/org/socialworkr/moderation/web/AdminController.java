package org.socialworkr.moderation.web;

import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.moderation.StaffAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin console's start page: what the viewer's role lets them open. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String overview(CurrentAccount currentAccount, Model model) {
        StaffAccess.requireStaff(currentAccount);
        model.addAttribute("administrator", currentAccount.canUse(AccountRole.ADMINISTRATOR));
        return "moderation/overview";
    }
}

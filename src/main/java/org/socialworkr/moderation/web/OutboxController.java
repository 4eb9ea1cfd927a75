package org.socialworkr.moderation.web;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.mail.OutboxEntry;
import org.socialworkr.moderation.AuditedMailOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The mail outbox: with no SMTP server configured, the only place where mail can be read. */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final AuditedMailOutbox outbox;

    OutboxController(AuditedMailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String outbox(CurrentAccount currentAccount, @RequestParam(required = false) Long before, Model model) {
        List<OutboxEntry> found = outbox.newest(currentAccount, PAGE_SIZE + 1, before);
        List<OutboxEntry> page = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("mails", page);
        model.addAttribute(
                "olderBefore",
                found.size() > PAGE_SIZE ? page.get(page.size() - 1).id() : null);
        return "moderation/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String message(CurrentAccount currentAccount, @PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.find(currentAccount, id));
        return "moderation/outbox-message";
    }
}

package org.socialworkr.moderation.web;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.moderation.AuditLog;
import org.socialworkr.moderation.AuditLogEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(CurrentAccount currentAccount, @RequestParam(required = false) Long before, Model model) {
        List<AuditLogEntry> found = auditLog.newest(currentAccount, PAGE_SIZE + 1, before);
        List<AuditLogEntry> page = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("entries", page);
        model.addAttribute(
                "olderBefore",
                found.size() > PAGE_SIZE ? page.get(page.size() - 1).id() : null);
        return "moderation/audit";
    }
}

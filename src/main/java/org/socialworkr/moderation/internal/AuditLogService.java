package org.socialworkr.moderation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.moderation.AuditLog;
import org.socialworkr.moderation.AuditLogEntry;
import org.socialworkr.moderation.StaffAccess;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A page of the log in two queries: the entries, then the usernames of everyone they name. */
@Service
@Transactional(readOnly = true)
class AuditLogService implements AuditLog {

    private final AuditEntries entries;
    private final AccountDirectory directory;

    AuditLogService(AuditEntries entries, AccountDirectory directory) {
        this.entries = entries;
        this.directory = directory;
    }

    @Override
    public List<AuditLogEntry> newest(CurrentAccount viewer, int limit, Long beforeId) {
        StaffAccess.requireAdministrator(viewer);
        Limit page = Limit.of(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
        List<AuditEntry> found = beforeId == null
                ? entries.findAllByOrderByIdDesc(page)
                : entries.findByIdLessThanOrderByIdDesc(beforeId, page);
        Set<Long> accountIds = new HashSet<>();
        for (AuditEntry entry : found) {
            if (entry.actorAccountId() != null) {
                accountIds.add(entry.actorAccountId());
            }
            if (entry.subjectAccountId() != null) {
                accountIds.add(entry.subjectAccountId());
            }
        }
        var accounts = directory.findAll(accountIds);
        return found.stream().map(entry -> entry.toEntry(accounts)).toList();
    }
}

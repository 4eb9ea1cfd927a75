package org.socialworkr.moderation.internal;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.mail.MailOutbox;
import org.socialworkr.mail.OutboxEntry;
import org.socialworkr.moderation.AuditedMailOutbox;
import org.socialworkr.moderation.StaffAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

@Service
class AuditedMailOutboxService implements AuditedMailOutbox {

    private final MailOutbox outbox;
    private final ApplicationEventPublisher events;

    AuditedMailOutboxService(MailOutbox outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public List<OutboxEntry> newest(CurrentAccount viewer, int limit, Long beforeId) {
        StaffAccess.requireAdministrator(viewer);
        List<OutboxEntry> entries = outbox.newest(limit, beforeId);
        // Which page, not which recipients: the log must not become a second copy of the outbox.
        read(viewer, beforeId == null ? "outbox list" : "outbox list before " + beforeId);
        return entries;
    }

    @Override
    public OutboxEntry find(CurrentAccount viewer, long id) {
        StaffAccess.requireAdministrator(viewer);
        OutboxEntry entry = outbox.find(id).orElseThrow(() -> new NotFoundException("error.admin.mailNotFound"));
        read(viewer, "mail " + id);
        return entry;
    }

    private void read(CurrentAccount viewer, String detail) {
        events.publishEvent(SecurityEvent.of(SecurityEventType.MAIL_OUTBOX_READ, viewer.id(), null, detail));
    }
}

package org.socialworkr.moderation;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.mail.OutboxEntry;

/**
 * The mail outbox for administrators. Mail carries confirmation and password-reset links, so
 * every read is checked and recorded in the audit log.
 */
public interface AuditedMailOutbox {

    /** Newest first; see {@link org.socialworkr.mail.MailOutbox#newest}. */
    List<OutboxEntry> newest(CurrentAccount viewer, int limit, Long beforeId);

    /** @throws org.socialworkr.common.NotFoundException when there is no such message */
    OutboxEntry find(CurrentAccount viewer, long id);
}

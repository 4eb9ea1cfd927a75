package org.socialworkr.moderation;

import java.util.List;
import org.socialworkr.account.CurrentAccount;

/** Reading the audit log; writing happens by publishing a {@link org.socialworkr.common.audit.SecurityEvent}. */
public interface AuditLog {

    /** The most entries {@link #newest} returns at once. */
    int MAX_PAGE_SIZE = 100;

    /**
     * The newest entries first, for administrators only.
     *
     * @param limit how many, clamped to 1..{@link #MAX_PAGE_SIZE}
     * @param beforeId the id of the last entry of the previous page, or {@code null} for the first page
     */
    List<AuditLogEntry> newest(CurrentAccount viewer, int limit, Long beforeId);
}

package org.socialworkr.mail;

import java.util.List;
import java.util.Optional;

/** Read access to the outbox for administrators: what was sent, logged, is waiting or failed. */
public interface MailOutbox {

    /** The most messages {@link #newest} returns at once. */
    int MAX_PAGE_SIZE = 100;

    /**
     * The newest messages first.
     *
     * @param limit how many, clamped to 1..{@link #MAX_PAGE_SIZE}
     * @param beforeId the id of the last entry of the previous page, or {@code null} for the first page
     */
    List<OutboxEntry> newest(int limit, Long beforeId);

    Optional<OutboxEntry> find(long id);
}

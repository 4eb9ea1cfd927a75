package org.socialworkr.mail.internal;

import java.util.List;
import java.util.Optional;
import org.socialworkr.mail.MailOutbox;
import org.socialworkr.mail.OutboxEntry;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaMailOutbox implements MailOutbox {

    private final OutboxMessages messages;

    JpaMailOutbox(OutboxMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<OutboxEntry> newest(int limit, Long beforeId) {
        Limit page = Limit.of(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
        List<OutboxMessage> found = beforeId == null
                ? messages.findAllByOrderByIdDesc(page)
                : messages.findByIdLessThanOrderByIdDesc(beforeId, page);
        return found.stream().map(OutboxMessage::toEntry).toList();
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return messages.findById(id).map(OutboxMessage::toEntry);
    }
}

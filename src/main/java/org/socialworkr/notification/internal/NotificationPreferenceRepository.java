package org.socialworkr.notification.internal;

import java.util.List;
import java.util.Optional;
import org.socialworkr.notification.NotificationType;
import org.springframework.data.repository.Repository;

interface NotificationPreferenceRepository extends Repository<NotificationPreference, NotificationPreference.Key> {

    NotificationPreference save(NotificationPreference preference);

    List<NotificationPreference> findByAccountId(long accountId);

    Optional<NotificationPreference> findByAccountIdAndType(long accountId, NotificationType type);
}

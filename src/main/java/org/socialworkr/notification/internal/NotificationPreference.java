package org.socialworkr.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.socialworkr.notification.NotificationType;

/** A member's choice for one type; a type without a row is on. */
@Entity
@Table(name = "notification_preferences")
@IdClass(NotificationPreference.Key.class)
class NotificationPreference {

    @Id
    private long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    private NotificationType type;

    private boolean enabled;

    protected NotificationPreference() {}

    NotificationPreference(long accountId, NotificationType type, boolean enabled) {
        this.accountId = accountId;
        this.type = type;
        this.enabled = enabled;
    }

    NotificationType type() {
        return type;
    }

    boolean enabled() {
        return enabled;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    /** The composite key, as JPA wants it: a mutable class with the id fields' names. */
    static class Key implements Serializable {

        private long accountId;
        private NotificationType type;

        protected Key() {}

        Key(long accountId, NotificationType type) {
            this.accountId = accountId;
            this.type = type;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.type == type;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, type);
        }
    }
}

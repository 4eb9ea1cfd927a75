package org.socialworkr.notification;

import org.socialworkr.common.NotFoundException;

/** No such notification, or it belongs to someone else: the two look the same. */
public class NotificationNotFoundException extends NotFoundException {

    public NotificationNotFoundException() {
        super("error.notification.notFound");
    }
}

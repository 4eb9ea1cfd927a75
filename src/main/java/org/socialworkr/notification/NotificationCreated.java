package org.socialworkr.notification;

/** A notification was recorded for a member, so live clients can show it at once. */
public record NotificationCreated(long notificationId, long recipientId) {}

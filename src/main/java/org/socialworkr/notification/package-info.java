/**
 * Notifications: what members are told about (connection requests, accepted requests, new
 * followers, mentions and replies; later reactions, groups and messages), the in-app list with its
 * unread count in the navigation, and each member's choice of which kinds to get.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "connection", "post"})
package org.socialworkr.notification;

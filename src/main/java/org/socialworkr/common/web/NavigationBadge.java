package org.socialworkr.common.web;

/**
 * A count shown next to a {@link NavigationItem} for the logged-in member, such as unread
 * notifications or messages. The layout asks each badge once per page it renders, so keep
 * {@link #count} to one indexed query.
 *
 * <p>The layout labels the count for screen readers with the message {@code <item's message key>.badge}
 * (the count is its argument) and refreshes it by polling {@code <path>/badge?shown=<count>}.
 * The module answers that with the layout's {@code nav-badge} fragment (model attributes
 * {@code badgePath}, {@code badgeCount}, {@code badgeLabelKey}), or with 204 No Content while the
 * count is unchanged, so that screen readers announce changes only.
 */
public interface NavigationBadge {

    /** The path of the navigation item it belongs to. */
    String path();

    long count(long accountId);
}

package org.socialworkr.common.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

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

    /**
     * The answer to a poll of {@code <path>/badge}: the fragment with the new count, 204 while it
     * is {@code shown}, or, for a visitor (a page left open after logging out), htmx's status 286
     * that ends polling rather than a login redirect swapped into the menu.
     */
    default Object pollAnswer(Long accountId, Long shown, String labelKey) {
        if (accountId == null) {
            return ResponseEntity.status(286).build();
        }
        long count = count(accountId);
        if (shown != null && shown == count) {
            return ResponseEntity.noContent().build();
        }
        ModelAndView fragment = new ModelAndView("layout :: nav-badge");
        fragment.addObject("badgePath", path());
        fragment.addObject("badgeCount", count);
        fragment.addObject("badgeLabelKey", labelKey);
        return fragment;
    }
}

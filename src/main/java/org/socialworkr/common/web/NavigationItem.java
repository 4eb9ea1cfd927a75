package org.socialworkr.common.web;

/**
 * An entry of the main navigation. Each module declares beans for its own pages, so the menu
 * grows as capabilities land and never links to a page that does not exist.
 *
 * @param messageKey the label, from messages.properties
 * @param path where it leads
 * @param order position, lower first (Home is 0; then 10, 20, …)
 * @param membersOnly shown only to logged-in members
 */
public record NavigationItem(String messageKey, String path, int order, boolean membersOnly) {}

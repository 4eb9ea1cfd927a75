package org.socialworkr.common.web;

import java.util.List;

/**
 * Paths a module serves to visitors who are not logged in. Everything else requires a login,
 * so a new page is private until its module says otherwise. Declare one bean per module.
 */
public interface PublicPaths {

    /** Path patterns, such as {@code /@*} or {@code /groups/**}, open to GET requests by anyone. */
    List<String> publicGetPaths();

    /** Path patterns open to any request method (forms a visitor submits, such as sign-up). */
    default List<String> publicPaths() {
        return List.of();
    }
}

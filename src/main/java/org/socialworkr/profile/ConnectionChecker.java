package org.socialworkr.profile;

/**
 * Tells whether two members are connected, for fields shown to connections only, and whether the
 * owner blocked the viewer, who then sees the profile as a visitor would (the public minimum).
 *
 * <p>The profile module cannot know about connections without depending on the module that
 * manages them, which will itself depend on profiles (for names and avatars). So the dependency
 * points the other way: the connections module declares one bean implementing this interface,
 * and profiles use it. Until such a bean exists, {@link #NONE} applies: nobody is connected or
 * blocked, and "connections" fields are seen by their owner only. Declaring two beans fails at startup.
 */
@FunctionalInterface
public interface ConnectionChecker {

    ConnectionChecker NONE = (viewerAccountId, ownerAccountId) -> false;

    /** Whether the viewer is a connection of the owner (connections are mutual). */
    boolean areConnected(long viewerAccountId, long ownerAccountId);

    /** Whether the owner blocked the viewer; such a viewer is treated as a visitor who is not logged in. */
    default boolean isBlockedBy(long viewerAccountId, long ownerAccountId) {
        return false;
    }
}

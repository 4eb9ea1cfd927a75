package org.socialworkr.api.mastodon;

/**
 * In the Mastodon API a direct message is a chat message, shown as a Status. Posts and messages
 * are numbered apart, so a message's status id is {@link #BASE} plus its id: posts stay far below
 * 10^15 for any life this node may have, and 10^15 plus a message id stays below 2^53, so the
 * JavaScript clients that read ids as numbers still see every id exactly.
 */
public final class DirectStatusIds {

    public static final long BASE = 1_000_000_000_000_000L;

    private DirectStatusIds() {}

    public static boolean isMessage(long statusId) {
        return statusId > BASE;
    }

    public static long statusId(long messageId) {
        return BASE + messageId;
    }

    public static long messageId(long statusId) {
        return statusId - BASE;
    }
}

package org.socialworkr.api.mastodon.streaming;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One stream a client listens to, by Mastodon's name, with its tag for the hashtag streams. Every
 * post here is local, so the {@code :local} variants carry the same posts and the remote ones none.
 */
record Subscription(String stream, String tag) {

    static final String USER = "user";
    static final String NOTIFICATION = "user:notification";
    static final String DIRECT = "direct";

    private static final Set<String> PUBLIC = Set.of("public", "public:local");
    private static final Set<String> PUBLIC_MEDIA = Set.of("public:media", "public:local:media");
    private static final Set<String> HASHTAG = Set.of("hashtag", "hashtag:local");
    private static final Set<String> REMOTE = Set.of("public:remote", "public:remote:media");

    /** A known stream, with the tag it needs; empty for an unknown stream or a hashtag stream without a tag. */
    static Optional<Subscription> of(String stream, String tag) {
        if (stream == null) {
            return Optional.empty();
        }
        if (HASHTAG.contains(stream)) {
            String name = tag == null ? "" : tag.replaceFirst("^#", "").trim().toLowerCase(Locale.ROOT);
            return name.isEmpty() ? Optional.empty() : Optional.of(new Subscription(stream, name));
        }
        boolean known = PUBLIC.contains(stream)
                || PUBLIC_MEDIA.contains(stream)
                || REMOTE.contains(stream)
                || Set.of(USER, NOTIFICATION, DIRECT).contains(stream);
        return known ? Optional.of(new Subscription(stream, null)) : Optional.empty();
    }

    /** Mastodon's {@code stream} array on each event: the name, and the tag for a hashtag stream. */
    List<String> names() {
        return tag == null ? List.of(stream) : List.of(stream, tag);
    }

    /** The scopes of which a token needs one, as Mastodon checks them. */
    Set<String> scopes() {
        return NOTIFICATION.equals(stream) ? Set.of("read", "read:notifications") : Set.of("read", "read:statuses");
    }

    boolean isPublic() {
        return PUBLIC.contains(stream);
    }

    boolean isPublicMedia() {
        return PUBLIC_MEDIA.contains(stream);
    }

    boolean isHashtag() {
        return HASHTAG.contains(stream);
    }
}

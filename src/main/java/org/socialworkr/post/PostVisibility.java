package org.socialworkr.post;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who may read a post; the rule itself lives in {@link PostAccess}. */
public enum PostVisibility {
    PUBLIC("public"),
    MEMBERS("unlisted"),
    CONNECTIONS("private"),
    GROUP("group"),
    DIRECT("direct");

    /** Mastodon's name of the closest visibility: "unlisted" is the nearest to "members only". */
    private final String apiName;

    PostVisibility(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public String messageKey() {
        return "post.visibility." + name();
    }

    /**
     * How wide the audience is, for "a reply is never wider than its parent". A group post counts
     * as narrow as a connections post until groups say more.
     */
    public int breadth() {
        return switch (this) {
            case PUBLIC -> 4;
            case MEMBERS -> 3;
            case CONNECTIONS, GROUP -> 2;
            case DIRECT -> 1;
        };
    }

    /** What a member may choose when writing a post, widest first (groups choose their own). */
    public static List<PostVisibility> composerChoices() {
        return List.of(PUBLIC, MEMBERS, CONNECTIONS, DIRECT);
    }

    /** Accepts Mastodon's names and ours ({@code members}, {@code connections}), in any case. */
    public static Optional<PostVisibility> fromApiName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.apiName.equals(wanted)
                        || v.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}

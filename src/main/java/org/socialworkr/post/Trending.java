package org.socialworkr.post;

import java.time.Duration;
import java.util.List;

/** The hashtags of the moment, for {@code post/trending :: trending(tags)}. */
public interface Trending {

    /** Tags by the number of distinct public posts using them within the window, most first. */
    List<TrendingTag> top(int limit, Duration window);

    record TrendingTag(String tag, long posts) {}
}

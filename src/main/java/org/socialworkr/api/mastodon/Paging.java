package org.socialworkr.api.mastodon;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Mastodon's paging (docs.joinmastodon.org/api/guidelines/#pagination): lists come newest first,
 * {@code max_id} asks for older entries, {@code since_id} and {@code min_id} for newer ones, and
 * the {@code Link} header names the next (older) and previous (newer) page with the request's
 * other parameters kept.
 *
 * <p>SocialWorkr's timelines read newest first only, so {@code min_id} acts as {@code since_id}:
 * the newest entries after it. A client polling with the {@code prev} link therefore gets the
 * newest page; when more than a page is new, it fills the gap with {@code max_id} as it does after
 * a {@code since_id} request.
 *
 * @param maxId only entries older than this id, or {@code null}
 * @param sinceId only entries newer than this id (from {@code since_id} or {@code min_id}), or {@code null}
 */
public record Paging(Long maxId, Long sinceId, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 40;

    /** Parameters as Mastodon's timelines take them: limit 20 by default, at most 40. */
    public static Paging of(Long maxId, Long sinceId, Long minId, Integer limit) {
        return of(maxId, sinceId, minId, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    public static Paging of(Long maxId, Long sinceId, Long minId, Integer limit, int defaultLimit, int maxLimit) {
        Long newerThan = sinceId;
        if (minId != null && (newerThan == null || minId > newerThan)) {
            newerThan = minId;
        }
        int size = limit == null ? defaultLimit : Math.max(1, Math.min(limit, maxLimit));
        return new Paging(maxId, newerThan, size);
    }

    /**
     * The page with its {@code Link} header: {@code next} when the page was full (or the source
     * said there is more), {@code prev} whenever the page is not empty.
     *
     * @param newestId the id of the first (newest) entry, or {@code null} on an empty page
     * @param oldestId the cursor of the last (oldest) entry, or {@code null} on an empty page
     * @param more whether older entries may follow
     */
    public static <T> ResponseEntity<List<T>> respond(List<T> body, Long newestId, Long oldestId, boolean more) {
        List<String> links = new ArrayList<>();
        if (more && oldestId != null) {
            links.add("<" + link("max_id", oldestId) + ">; rel=\"next\"");
        }
        if (newestId != null) {
            links.add("<" + link("min_id", newestId) + ">; rel=\"prev\"");
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(body);
    }

    /** For lists whose entries carry their own ids: cursors from the first and last id given. */
    public static <T> ResponseEntity<List<T>> respond(List<T> body, List<Long> ids, int limit) {
        if (ids.isEmpty()) {
            return respond(body, null, null, false);
        }
        return respond(body, ids.get(0), ids.get(ids.size() - 1), ids.size() >= limit);
    }

    private static String link(String cursor, long id) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("max_id")
                .replaceQueryParam("since_id")
                .replaceQueryParam("min_id")
                .replaceQueryParam(cursor, id)
                .toUriString();
    }
}

package org.socialworkr.post;

import java.util.List;

/**
 * A page of post ids, newest first, for {@link PostCards#cards}.
 *
 * @param nextMaxId the {@code max_id} of the next (older) page, or {@code null} on the last page
 */
public record IdPage(List<Long> ids, Long nextMaxId) {

    public IdPage {
        ids = List.copyOf(ids);
    }
}

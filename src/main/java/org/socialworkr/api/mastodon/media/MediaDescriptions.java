package org.socialworkr.api.mastodon.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mastodon clients upload an image with its description first and name it in a status later;
 * SocialWorkr's posts take the alt text with the image, so the description waits here meanwhile.
 */
@Component
public class MediaDescriptions {

    private final JdbcClient jdbc;

    MediaDescriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String mediaKey, long accountId, String description) {
        int updated = jdbc.sql("update api_media_descriptions set description = :description where media_key = :key")
                .param("description", description)
                .param("key", mediaKey)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            """
                            insert into api_media_descriptions (media_key, account_id, description)
                            values (:key, :account, :description)
                            """)
                    .param("key", mediaKey)
                    .param("account", accountId)
                    .param("description", description)
                    .update();
        }
    }

    /** The descriptions the member gave these images; images of others are left out. */
    public Map<String, String> of(long accountId, Collection<String> mediaKeys) {
        if (mediaKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        jdbc.sql(
                        "select media_key, description from api_media_descriptions where account_id = :account and media_key in (:keys)")
                .param("account", accountId)
                .param("keys", Set.copyOf(mediaKeys))
                .query((rs, row) -> found.put(rs.getString(1), rs.getString(2)))
                .list();
        return found;
    }
}

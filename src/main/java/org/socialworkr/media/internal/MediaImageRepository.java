package org.socialworkr.media.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface MediaImageRepository extends Repository<MediaImage, Long> {

    MediaImage save(MediaImage image);

    Optional<MediaImage> findByImageKey(String imageKey);

    void delete(MediaImage image);
}

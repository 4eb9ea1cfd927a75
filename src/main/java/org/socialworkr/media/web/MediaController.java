package org.socialworkr.media.web;

import java.time.Duration;
import java.util.List;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.media.MediaContent;
import org.socialworkr.media.MediaStorage;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored images. A key never changes its content, so browsers and proxies may keep an
 * image for a year without asking again. Images are public by address: their keys are random,
 * and whoever is not allowed to see an image is never shown its address.
 */
@Controller
class MediaController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaStorage media;

    MediaController(MediaStorage media) {
        this.media = media;
    }

    @GetMapping("/media/{key}")
    ResponseEntity<Resource> image(@PathVariable String key) {
        MediaContent content = media.open(key).orElseThrow(() -> new NotFoundException("error.media.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.image().contentType()))
                .contentLength(content.image().byteSize())
                .cacheControl(FOREVER)
                .eTag(key)
                .body(content.resource());
    }

    @Bean
    static PublicPaths mediaPublicPaths() {
        return () -> List.of("/media/*");
    }
}

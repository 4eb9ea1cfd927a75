package org.socialworkr.api.mastodon.streaming;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's streaming health check, which clients and load balancers poll before connecting. */
@RestController
class StreamingHealthController {

    @GetMapping(path = StreamingTokenFilter.PATH + "/health", produces = MediaType.TEXT_PLAIN_VALUE)
    String health() {
        return "OK";
    }
}

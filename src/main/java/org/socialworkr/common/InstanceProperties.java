package org.socialworkr.common;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where this instance keeps its files and how members reach it.
 *
 * @param dataDir the embedded database, media and indexes live under it
 * @param publicUrl the address members use, for links in mail and feeds; set it in production
 *     behind a proxy. Without it, links use the address of the current request.
 * @param name the instance's name as shown in pages and mail
 */
@ConfigurationProperties("socialworkr")
public record InstanceProperties(
        @DefaultValue("./data") Path dataDir, String publicUrl, @DefaultValue("SocialWorkr") String name) {

    public String absoluteUrl(String path) {
        String base = publicUrl != null && !publicUrl.isBlank()
                ? publicUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return base.replaceAll("/+$", "") + path;
    }
}

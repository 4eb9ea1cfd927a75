package org.socialworkr.media;

import org.springframework.core.io.Resource;

/** A stored image with its bytes. */
public record MediaContent(StoredImage image, Resource resource) {}

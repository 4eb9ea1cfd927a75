package org.socialworkr.post;

import java.time.Instant;

/** An earlier version of an edited post (its Markdown source), as it read until {@code replacedAt}. */
public record PostEdit(String body, String contentWarning, Instant replacedAt) {}

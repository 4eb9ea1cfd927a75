package org.socialworkr.media;

/** The two sizes of an avatar: one for profile pages, one for lists and posts. */
public record StoredAvatar(StoredImage large, StoredImage small) {}

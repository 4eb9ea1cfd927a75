package org.socialworkr.media;

import java.io.InputStream;
import java.util.Optional;

/**
 * Keeps uploaded images. Every stored image gets a new random key, so an address never changes
 * its content (browsers may cache it for a year) and cannot be guessed from another.
 */
public interface MediaStorage {

    /** The largest upload accepted, before any decoding. */
    long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    /**
     * Decodes an avatar, turns it upright, crops it square and stores it in a large and a small
     * size, re-encoded so that no metadata (EXIF, GPS, comments) of the upload survives. If the
     * surrounding transaction rolls back, the files are removed again.
     *
     * @param contentType the type the client declared, or {@code null}; the bytes decide in the end
     * @throws InvalidImageException when the upload is empty, too large, not a supported image,
     *     or has too many pixels
     */
    StoredAvatar storeAvatar(long ownerAccountId, InputStream data, String contentType);

    /**
     * Decodes an image for a post, turns it upright and stores it whole, its aspect ratio kept,
     * scaled down so that its longer side is at most 1600 pixels (a smaller image keeps its size),
     * re-encoded as JPEG so that no metadata of the upload survives. Checked like an avatar, and
     * removed again if the surrounding transaction rolls back.
     *
     * @param contentType the type the client declared, or {@code null}; the bytes decide in the end
     * @throws InvalidImageException when the upload is empty, too large, not a supported image,
     *     or has too many pixels
     */
    StoredImage storeImage(long ownerAccountId, InputStream data, String contentType);

    /** The image under this key, if there is one. */
    Optional<StoredImage> find(String key);

    /** The image and its bytes, for serving. */
    Optional<MediaContent> open(String key);

    /** Forgets the image now and deletes its file once the surrounding transaction commits. */
    void delete(String key);
}

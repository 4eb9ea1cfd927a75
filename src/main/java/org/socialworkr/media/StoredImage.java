package org.socialworkr.media;

/**
 * An image as stored: its key is its address under {@code /media/}.
 *
 * @param byteSize the size of the stored file
 */
public record StoredImage(String key, long ownerAccountId, String contentType, int width, int height, long byteSize) {

    /** The address the image is served at, relative to the application's context path. */
    public String url() {
        return urlOf(key);
    }

    public static String urlOf(String key) {
        return "/media/" + key;
    }
}

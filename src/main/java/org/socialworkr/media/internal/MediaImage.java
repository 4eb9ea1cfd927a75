package org.socialworkr.media.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.socialworkr.media.StoredImage;

/** The facts of one stored image file; the file itself lives under the media directory. */
@Entity
@Table(name = "media_images")
class MediaImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String imageKey;
    private long ownerAccountId;
    private String contentType;
    private int width;
    private int height;
    private long byteSize;
    private Instant createdAt;

    protected MediaImage() {}

    MediaImage(
            String imageKey,
            long ownerAccountId,
            String contentType,
            int width,
            int height,
            long byteSize,
            Instant createdAt) {
        this.imageKey = imageKey;
        this.ownerAccountId = ownerAccountId;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.createdAt = createdAt;
    }

    StoredImage toStoredImage() {
        return new StoredImage(imageKey, ownerAccountId, contentType, width, height, byteSize);
    }
}

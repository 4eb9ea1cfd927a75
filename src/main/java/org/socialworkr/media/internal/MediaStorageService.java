package org.socialworkr.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.media.InvalidImageException;
import org.socialworkr.media.MediaContent;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredAvatar;
import org.socialworkr.media.StoredImage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class MediaStorageService implements MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(MediaStorageService.class);

    private final MediaImageRepository images;
    private final ImageFiles files;
    private final Clock clock;

    MediaStorageService(MediaImageRepository images, ImageFiles files, Clock clock) {
        this.images = images;
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredAvatar storeAvatar(long ownerAccountId, InputStream data, String contentType) {
        ImagePipeline.checkDeclaredType(contentType);
        ImagePipeline.Avatar avatar = ImagePipeline.avatar(readLimited(data));
        return new StoredAvatar(keep(ownerAccountId, avatar.large()), keep(ownerAccountId, avatar.small()));
    }

    @Override
    @Transactional
    public StoredImage storeImage(long ownerAccountId, InputStream data, String contentType) {
        ImagePipeline.checkDeclaredType(contentType);
        return keep(ownerAccountId, ImagePipeline.postImage(readLimited(data)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredImage> find(String key) {
        if (!ImageFiles.isKey(key)) {
            return Optional.empty();
        }
        return images.findByImageKey(key).map(MediaImage::toStoredImage);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MediaContent> open(String key) {
        return find(key).flatMap(image -> files.pathOf(key)
                .filter(path -> {
                    boolean present = Files.isRegularFile(path);
                    if (!present) {
                        log.warn("Media file {} is missing although its row exists", path);
                    }
                    return present;
                })
                .map(path -> new MediaContent(image, new FileSystemResource(path))));
    }

    @Override
    @Transactional
    public void delete(String key) {
        if (!ImageFiles.isKey(key)) {
            return;
        }
        images.findByImageKey(key).ifPresent(image -> {
            images.delete(image);
            afterCompletion(committed -> {
                if (committed) {
                    files.delete(key);
                }
            });
        });
    }

    private StoredImage keep(long ownerAccountId, ImagePipeline.Encoded encoded) {
        String key = ImageFiles.newKey(ImagePipeline.OUTPUT_EXTENSION);
        files.write(key, encoded.bytes());
        afterCompletion(committed -> {
            if (!committed) {
                files.delete(key);
            }
        });
        return images.save(new MediaImage(
                        key,
                        ownerAccountId,
                        ImagePipeline.OUTPUT_CONTENT_TYPE,
                        encoded.width(),
                        encoded.height(),
                        encoded.bytes().length,
                        clock.instant()))
                .toStoredImage();
    }

    /** Reads one byte more than allowed, so a too-large upload is noticed without reading all of it. */
    private static byte[] readLimited(InputStream data) {
        try (data) {
            byte[] bytes = data.readNBytes((int) MAX_UPLOAD_BYTES + 1);
            if (bytes.length == 0) {
                throw new InvalidImageException("media.error.empty");
            }
            if (bytes.length > MAX_UPLOAD_BYTES) {
                throw new InvalidImageException("media.error.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void afterCompletion(Consumer<Boolean> action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.accept(true);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status == STATUS_COMMITTED);
            }
        });
    }
}

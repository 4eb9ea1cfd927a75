package org.socialworkr.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.media.InvalidImageException;
import org.socialworkr.media.MediaContent;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredImage;
import org.socialworkr.media.TestImages;

class MediaStorageServiceTests {

    @TempDir
    Path dataDir;

    private final InMemoryImages rows = new InMemoryImages();

    private MediaStorage storage() {
        return new MediaStorageService(
                rows,
                new ImageFiles(new InstanceProperties(dataDir, null, "SocialWorkr")),
                Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aPostImageIsStoredWholeScaledDownAndWithoutGps() throws Exception {
        MediaStorage storage = storage();

        StoredImage image = storage.storeImage(7, stream(TestImages.jpegWithExifGps(3200, 1800, 1)), "image/jpeg");

        assertThat(image.ownerAccountId()).isEqualTo(7);
        assertThat(image.contentType()).isEqualTo("image/jpeg");
        assertThat(image.width()).isEqualTo(1600);
        assertThat(image.height()).isEqualTo(900);
        MediaContent content = storage.open(image.key()).orElseThrow();
        byte[] stored = Files.readAllBytes(content.resource().getFile().toPath());
        assertThat(stored).hasSize((int) image.byteSize());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(1600);
        assertThat(decoded.getHeight()).isEqualTo(900);
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
    }

    @Test
    void aSmallPostImageKeepsItsSize() {
        StoredImage image = storage().storeImage(7, stream(TestImages.png(640, 480)), "image/png");

        assertThat(image.width()).isEqualTo(640);
        assertThat(image.height()).isEqualTo(480);
    }

    @Test
    void uploadsThatAreNotSupportedImagesAreRefusedAndNothingIsStored() throws Exception {
        MediaStorage storage = storage();

        assertThatThrownBy(() -> storage.storeImage(7, stream(TestImages.png(10, 10)), "text/html"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unsupportedType");
        assertThatThrownBy(() -> storage.storeImage(7, stream(TestImages.gif(10, 10)), "image/gif"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unsupportedType");
        assertThatThrownBy(() -> storage.storeImage(7, stream(TestImages.gif(10, 10)), null))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unsupportedType");
        assertThatThrownBy(() -> storage.storeImage(7, stream(new byte[0]), "image/png"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.empty");
        assertThatThrownBy(() ->
                        storage.storeImage(7, stream(new byte[(int) MediaStorage.MAX_UPLOAD_BYTES + 1]), "image/jpeg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.tooLarge");
        assertThat(rows.byKey).isEmpty();
        assertThat(Files.exists(dataDir.resolve("media"))).isFalse();
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static final class InMemoryImages implements MediaImageRepository {

        final Map<String, MediaImage> byKey = new HashMap<>();

        @Override
        public MediaImage save(MediaImage image) {
            byKey.put(image.toStoredImage().key(), image);
            return image;
        }

        @Override
        public Optional<MediaImage> findByImageKey(String imageKey) {
            return Optional.ofNullable(byKey.get(imageKey));
        }

        @Override
        public void delete(MediaImage image) {
            byKey.remove(image.toStoredImage().key());
        }
    }
}

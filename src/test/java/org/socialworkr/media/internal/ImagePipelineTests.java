package org.socialworkr.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.socialworkr.media.InvalidImageException;
import org.socialworkr.media.TestImages;

class ImagePipelineTests {

    @Test
    void anAvatarIsCroppedSquareIn400And96Pixels() throws Exception {
        ImagePipeline.Avatar avatar = ImagePipeline.avatar(TestImages.png(1200, 800));

        BufferedImage large = decode(avatar.large().bytes());
        BufferedImage small = decode(avatar.small().bytes());
        assertThat(large.getWidth()).isEqualTo(400).isEqualTo(avatar.large().width());
        assertThat(large.getHeight()).isEqualTo(400).isEqualTo(avatar.large().height());
        assertThat(small.getWidth()).isEqualTo(96).isEqualTo(avatar.small().width());
        assertThat(small.getHeight()).isEqualTo(96);
        assertThat(avatar.large().bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void theCentreIsKept() throws Exception {
        // 1200x800, red left half and blue right half: the centre square holds both halves equally.
        BufferedImage large =
                decode(ImagePipeline.avatar(TestImages.png(1200, 800)).large().bytes());

        assertThat(isRed(large.getRGB(100, 200))).isTrue();
        assertThat(isBlue(large.getRGB(300, 200))).isTrue();
    }

    @Test
    void aSmallImageIsNotEnlarged() throws Exception {
        ImagePipeline.Avatar avatar = ImagePipeline.avatar(TestImages.jpeg(60, 50));

        assertThat(decode(avatar.large().bytes()).getWidth()).isEqualTo(50);
        assertThat(decode(avatar.small().bytes()).getWidth()).isEqualTo(50);
    }

    @Test
    void exifAndGpsMetadataAreStripped() throws Exception {
        byte[] upload = TestImages.jpegWithExifGps(640, 480, 1);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
        GeoLocation location =
                before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation();
        assertThat(location).isNotNull();
        assertThat(location.getLatitude()).isBetween(42.0, 43.0);

        ImagePipeline.Avatar avatar = ImagePipeline.avatar(upload);

        for (byte[] stored :
                new byte[][] {avatar.large().bytes(), avatar.small().bytes()}) {
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
            assertThat(after.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
            assertThat(after.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
            assertThat(after.getDirectoriesOfType(ExifSubIFDDirectory.class)).isEmpty();
        }
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUpright() throws Exception {
        // Orientation 6: the camera stored the pixels turned left; viewers turn them right by 90°.
        // Red was on the left of the stored pixels, so it ends up at the top.
        BufferedImage large = decode(ImagePipeline.avatar(TestImages.jpegWithExifGps(200, 100, 6))
                .large()
                .bytes());

        assertThat(isRed(large.getRGB(50, 10))).isTrue();
        assertThat(isBlue(large.getRGB(50, 90))).isTrue();
    }

    @Test
    void transparentAreasBecomeWhite() throws Exception {
        BufferedImage large = decode(ImagePipeline.avatar(TestImages.transparentPng(120, 120))
                .large()
                .bytes());

        Color pixel = new Color(large.getRGB(60, 60));
        assertThat(pixel.getRed()).isGreaterThan(240);
        assertThat(pixel.getGreen()).isGreaterThan(240);
        assertThat(pixel.getBlue()).isGreaterThan(240);
    }

    @Test
    void somethingThatIsNotAnImageIsRefused() {
        assertThatThrownBy(() -> ImagePipeline.avatar("<svg onload=alert(1)>".getBytes()))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unreadable");
        byte[] truncated = Arrays.copyOf(TestImages.png(300, 300), 60);
        assertThatThrownBy(() -> ImagePipeline.avatar(truncated))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unreadable");
    }

    @Test
    void imageFormatsOtherThanJpegPngAndWebpAreRefused() {
        assertThatThrownBy(() -> ImagePipeline.avatar(TestImages.gif(40, 40)))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unsupportedType");
    }

    @Test
    void declaredTypesThatAreNotImagesAreRefused() {
        assertThatThrownBy(() -> ImagePipeline.checkDeclaredType("text/html"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unsupportedType");
        assertThatThrownBy(() -> ImagePipeline.checkDeclaredType("image/svg+xml"))
                .isInstanceOf(InvalidImageException.class);
        ImagePipeline.checkDeclaredType("image/jpeg");
        ImagePipeline.checkDeclaredType("image/png; charset=binary");
        ImagePipeline.checkDeclaredType(null);
    }

    @Test
    void hugeDimensionsAreRefusedBeforeAnyPixelIsDecoded() {
        // 100 megapixels claimed by a 70-byte file: decoding it would need 300 MB.
        assertThatThrownBy(() -> ImagePipeline.avatar(TestImages.pngHeaderClaiming(10_000, 10_000)))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.tooManyPixels");
    }

    @Test
    void largeImagesAreDecodedSubsampled() {
        BufferedImage square = ImagePipeline.decodeCentreSquare(TestImages.png(4000, 3000), 800);

        assertThat(square.getWidth()).isEqualTo(square.getHeight()).isBetween(800, 1600);
    }

    @Test
    void aPostImageKeepsItsAspectRatio() throws Exception {
        ImagePipeline.Encoded image = ImagePipeline.postImage(TestImages.png(900, 300));

        BufferedImage stored = decode(image.bytes());
        assertThat(stored.getWidth()).isEqualTo(900).isEqualTo(image.width());
        assertThat(stored.getHeight()).isEqualTo(300).isEqualTo(image.height());
        assertThat(isRed(stored.getRGB(100, 150))).isTrue();
        assertThat(isBlue(stored.getRGB(800, 150))).isTrue();
        assertThat(image.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void aLargePostImageIsScaledDownToItsLongerSide() throws Exception {
        BufferedImage landscape =
                decode(ImagePipeline.postImage(TestImages.jpeg(4000, 3000)).bytes());
        BufferedImage portrait =
                decode(ImagePipeline.postImage(TestImages.png(1800, 3600)).bytes());

        assertThat(landscape.getWidth()).isEqualTo(1600);
        assertThat(landscape.getHeight()).isEqualTo(1200);
        assertThat(portrait.getWidth()).isEqualTo(800);
        assertThat(portrait.getHeight()).isEqualTo(1600);
    }

    @Test
    void aSmallPostImageIsNotEnlarged() throws Exception {
        BufferedImage stored =
                decode(ImagePipeline.postImage(TestImages.jpeg(320, 200)).bytes());

        assertThat(stored.getWidth()).isEqualTo(320);
        assertThat(stored.getHeight()).isEqualTo(200);
    }

    @Test
    void aThinStripKeepsAtLeastOnePixel() throws Exception {
        BufferedImage stored =
                decode(ImagePipeline.postImage(TestImages.png(8000, 2)).bytes());

        assertThat(stored.getWidth()).isEqualTo(1600);
        assertThat(stored.getHeight()).isEqualTo(1);
    }

    @Test
    void aPostImageLosesItsExifAndGpsMetadataAndIsTurnedUpright() throws Exception {
        byte[] stored =
                ImagePipeline.postImage(TestImages.jpegWithExifGps(200, 100, 6)).bytes();

        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(after.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertThat(after.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
        assertThat(after.getDirectoriesOfType(ExifSubIFDDirectory.class)).isEmpty();
        // Orientation 6 turns the stored 200x100 pixels right by 90°: red (left) ends up on top.
        BufferedImage upright = decode(stored);
        assertThat(upright.getWidth()).isEqualTo(100);
        assertThat(upright.getHeight()).isEqualTo(200);
        assertThat(isRed(upright.getRGB(50, 20))).isTrue();
        assertThat(isBlue(upright.getRGB(50, 180))).isTrue();
    }

    @Test
    void postImagesAreCheckedLikeAvatars() {
        assertThatThrownBy(() -> ImagePipeline.postImage(TestImages.gif(40, 40)))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unsupportedType");
        assertThatThrownBy(() -> ImagePipeline.postImage("<svg onload=alert(1)>".getBytes()))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.unreadable");
        assertThatThrownBy(() -> ImagePipeline.postImage(TestImages.pngHeaderClaiming(10_000, 10_000)))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("media.error.tooManyPixels");
    }

    @Test
    void largePostImagesAreDecodedSubsampled() {
        BufferedImage whole = ImagePipeline.decodeWhole(TestImages.png(6000, 3000), 1600);

        assertThat(whole.getWidth()).isBetween(1600, 3200);
        assertThat((double) whole.getWidth() / whole.getHeight()).isCloseTo(2.0, within(0.01));
    }

    private static BufferedImage decode(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static boolean isRed(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color color = new Color(rgb);
        return color.getBlue() > 200 && color.getRed() < 60;
    }
}

package org.socialworkr.media.internal;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.socialworkr.media.InvalidImageException;

/**
 * Turns an untrusted upload into clean square JPEGs. The header is read first, so a file that
 * claims huge dimensions is refused before any pixel is decoded; then only the centred square
 * is decoded, subsampled when it is much larger than needed, which keeps memory small whatever
 * the upload. The output is encoded afresh without the input's metadata, so EXIF, GPS and
 * comments never reach the disk.
 */
final class ImagePipeline {

    static final long MAX_PIXELS = 40_000_000L;
    static final int LARGE_SIZE = 400;
    static final int SMALL_SIZE = 96;
    static final String OUTPUT_CONTENT_TYPE = "image/jpeg";
    static final String OUTPUT_EXTENSION = "jpg";

    /** WebP only where an ImageIO plugin can read it; the JDK alone reads JPEG and PNG. */
    private static final Set<String> SUPPORTED_FORMATS = Set.of("jpeg", "png", "webp");

    /** What browsers send for those formats; anything else declared is refused up front. */
    private static final Set<String> ACCEPTED_DECLARED_TYPES = Set.of(
            "image/jpeg",
            "image/pjpeg",
            "image/jpg",
            "image/png",
            "image/x-png",
            "image/webp",
            "application/octet-stream");

    private static final float JPEG_QUALITY = 0.85f;

    record Encoded(byte[] bytes, int width, int height) {}

    record Avatar(Encoded large, Encoded small) {}

    static void checkDeclaredType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_DECLARED_TYPES.contains(type)) {
            throw new InvalidImageException("media.error.unsupportedType");
        }
    }

    static Avatar avatar(byte[] data) {
        BufferedImage square = upright(decodeCentreSquare(data, LARGE_SIZE * 2), orientationOf(data));
        BufferedImage large = resize(square, Math.min(LARGE_SIZE, square.getWidth()));
        BufferedImage small = resize(large, Math.min(SMALL_SIZE, large.getWidth()));
        return new Avatar(jpeg(large), jpeg(small));
    }

    /**
     * Decodes the largest centred square of the image, subsampled so that its side stays close
     * to {@code wantedSide} (never below it unless the image is smaller).
     */
    static BufferedImage decodeCentreSquare(byte[] data, int wantedSide) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            if (input == null) {
                throw new InvalidImageException("media.error.unreadable");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidImageException("media.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                if (!SUPPORTED_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new InvalidImageException("media.error.unsupportedType");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new InvalidImageException("media.error.unreadable");
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new InvalidImageException("media.error.tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                int side = Math.min(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
                int step = Math.max(1, side / wantedSide);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new InvalidImageException("media.error.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (InvalidImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Corrupt or hostile files fail inside the decoders in many ways; all mean "not an image".
            throw new InvalidImageException("media.error.unreadable");
        }
    }

    /** The EXIF orientation (1 to 8) phones write instead of rotating the pixels; 1 when absent. */
    static int orientationOf(byte[] data) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(data), data.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (Exception e) {
            // Unreadable metadata only means we cannot turn the picture upright.
        }
        return 1;
    }

    /** Rotating or mirroring a centred square keeps it the same centred square. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        Orientation exif = orientation >= 2 && orientation <= 8 ? Orientation.typeOf(orientation) : null;
        return exif == null
                ? image
                : ExifFilterUtils.getFilterForOrientation(exif).apply(image);
    }

    private static BufferedImage resize(BufferedImage square, int side) {
        try {
            return Thumbnails.of(square)
                    .size(side, side)
                    .imageType(BufferedImage.TYPE_INT_ARGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG has no transparency: transparent areas become white rather than black. */
    private static Encoded jpeg(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            // No metadata is passed on: the writer adds only its own minimal JFIF header.
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Encoded(out.toByteArray(), rgb.getWidth(), rgb.getHeight());
    }

    private ImagePipeline() {}
}

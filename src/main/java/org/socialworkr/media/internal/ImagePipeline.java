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
import java.util.function.BiFunction;
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
 * Turns an untrusted upload into clean JPEGs: square avatars, and post images in their own shape.
 * The header is read first, so a file that claims huge dimensions is refused before any pixel is
 * decoded; then only the region needed (the centred square for an avatar) is decoded, subsampled
 * when it is much larger than needed, which keeps memory small whatever the upload. The output is
 * encoded afresh without the input's metadata, so EXIF, GPS and comments never reach the disk.
 */
final class ImagePipeline {

    static final long MAX_PIXELS = 40_000_000L;
    static final int LARGE_SIZE = 400;
    static final int SMALL_SIZE = 96;
    static final int POST_MAX_SIDE = 1600;
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
        BufferedImage large = fitWithin(square, LARGE_SIZE);
        BufferedImage small = fitWithin(large, SMALL_SIZE);
        return new Avatar(jpeg(large), jpeg(small));
    }

    /**
     * An image for a post: the whole picture, upright, its aspect ratio kept, scaled down so that
     * its longer side is at most {@value #POST_MAX_SIDE} pixels (a smaller one keeps its size).
     */
    static Encoded postImage(byte[] data) {
        BufferedImage whole = upright(decodeWhole(data, POST_MAX_SIDE), orientationOf(data));
        return jpeg(fitWithin(whole, POST_MAX_SIDE));
    }

    /**
     * Decodes the largest centred square of the image, subsampled so that its side stays close
     * to {@code wantedSide} (never below it unless the image is smaller).
     */
    static BufferedImage decodeCentreSquare(byte[] data, int wantedSide) {
        return decode(data, wantedSide, (width, height) -> {
            int side = Math.min(width, height);
            return new Rectangle((width - side) / 2, (height - side) / 2, side, side);
        });
    }

    /** Decodes the whole image, subsampled so that its longer side stays close to {@code wantedLongerSide}. */
    static BufferedImage decodeWhole(byte[] data, int wantedLongerSide) {
        return decode(data, wantedLongerSide, (width, height) -> new Rectangle(0, 0, width, height));
    }

    /**
     * Reads the header, refuses what is not a supported format or has too many pixels, and only
     * then decodes the chosen region, skipping rows and columns when it is at least twice as
     * large as needed.
     */
    private static BufferedImage decode(byte[] data, int wantedSide, BiFunction<Integer, Integer, Rectangle> region) {
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
                Rectangle source = region.apply(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(source);
                int step = Math.max(1, Math.max(source.width, source.height) / wantedSide);
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

    /** Rotating or mirroring a centred square keeps it the same centred square; a whole image stays whole. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        Orientation exif = orientation >= 2 && orientation <= 8 ? Orientation.typeOf(orientation) : null;
        return exif == null
                ? image
                : ExifFilterUtils.getFilterForOrientation(exif).apply(image);
    }

    /**
     * Scales the image down, aspect ratio kept, so that its longer side is at most {@code maxSide};
     * never enlarges it. Each side stays at least one pixel, even for a very thin strip.
     */
    static BufferedImage fitWithin(BufferedImage image, int maxSide) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        try {
            return Thumbnails.of(image)
                    .forceSize(targetWidth, targetHeight)
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

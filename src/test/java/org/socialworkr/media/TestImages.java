package org.socialworkr.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for tests, built in memory: plain ones, one with an EXIF GPS block, and hostile ones. */
public final class TestImages {

    private TestImages() {}

    /** Left half red, right half blue, so tests can tell how the picture was cropped and turned. */
    public static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(halves(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] gif(int width, int height) {
        return encode(halves(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** A PNG whose pixels are all transparent. */
    public static byte[] transparentPng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * A JPEG carrying an EXIF block (APP1) written by hand, as a phone would: an orientation
     * tag and a GPS directory with latitude and longitude near Boston.
     */
    public static byte[] jpegWithExifGps(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] tiff = exifTiff(orientation);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        app1.put(tiff);
        ByteBuffer result = ByteBuffer.allocate(plain.length + app1.capacity());
        result.put(plain, 0, 2); // SOI
        result.put(app1.array());
        result.put(plain, 2, plain.length - 2);
        return result.array();
    }

    /**
     * Only the header of a PNG (signature and IHDR) claiming the given size, and no pixels: a
     * decoder that trusted it would try to allocate the whole image.
     */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        writeChunk(out, "IHDR", ihdr.array());
        writeChunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
        out.writeBytes(chunk.array());
    }

    /** A big-endian TIFF structure: IFD0 with Orientation and a GPS IFD pointer, then the GPS IFD. */
    private static byte[] exifTiff(int orientation) {
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int gpsData = gpsIfd + 2 + 5 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(gpsData + 48);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation << 16);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 5);
        entry(tiff, 0x0000, 1, 4, 0x02030000);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);
        entry(tiff, 0x0002, 5, 3, gpsData);
        entry(tiff, 0x0003, 2, 2, 'W' << 24);
        entry(tiff, 0x0004, 5, 3, gpsData + 24);
        tiff.putInt(0);
        tiff.putInt(42).putInt(1).putInt(21).putInt(1).putInt(3000).putInt(100);
        tiff.putInt(71).putInt(1).putInt(3).putInt(1).putInt(4200).putInt(100);
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package eu.youthpass.organisation.logo;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogoPictureTest {

    @Test
    void aLargeTransparentPngIsScaledDownAndStaysATransparentPng() throws Exception {
        LogoPicture logo = LogoPicture.of(picture(1200, 400, BufferedImage.TYPE_INT_ARGB, "png"));
        assertEquals(LogoPicture.Format.PNG, logo.format());
        assertEquals(600, logo.width());
        assertEquals(200, logo.height());
        BufferedImage read = read(logo.bytes());
        assertEquals(600, read.getWidth());
        assertTrue(read.getColorModel().hasAlpha());
        assertEquals(0, read.getRGB(2, 2) >>> 24, "the transparent corner stays transparent");
        assertEquals(Color.RED.getRGB(), read.getRGB(300, 100), "the red middle stays red");
    }

    @Test
    void aJpegIsKeptAsAJpegWithoutItsMetadata() throws Exception {
        byte[] jpeg = withExif(picture(800, 800, BufferedImage.TYPE_INT_RGB, "jpeg"), "GPS 56.9496N 24.1052E");
        assertTrue(contains(jpeg, "GPS 56.9496N"), "the test picture carries the position");
        LogoPicture logo = LogoPicture.of(jpeg);
        assertEquals(LogoPicture.Format.JPEG, logo.format());
        assertEquals(600, logo.width());
        assertEquals(600, logo.height());
        assertFalse(contains(logo.bytes(), "GPS 56.9496N"), "a phone photo's position is not kept");
        assertEquals(600, read(logo.bytes()).getHeight());
    }

    @Test
    void aPhonePhotoIsTurnedUprightAsItsExifOrientationSays() throws Exception {
        // stored as the sensor saw it: 80 x 40, red on the left, blue on the right
        BufferedImage stored = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLUE);
        g.fillRect(40, 0, 40, 40);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", jpeg);

        BufferedImage turnedRight = read(LogoPicture.of(withOrientation(jpeg.toByteArray(), 6, true)).bytes());
        assertEquals(40, turnedRight.getWidth(), "a quarter turn: 40 wide");
        assertEquals(80, turnedRight.getHeight(), "and 80 high");
        assertColour(Color.RED, turnedRight.getRGB(20, 10), "6: the left side is now on top");
        assertColour(Color.BLUE, turnedRight.getRGB(20, 70), "6: the right side at the bottom");

        BufferedImage turnedLeft = read(LogoPicture.of(withOrientation(jpeg.toByteArray(), 8, false)).bytes());
        assertColour(Color.BLUE, turnedLeft.getRGB(20, 10), "8 (big-endian EXIF): the right side on top");
        assertColour(Color.RED, turnedLeft.getRGB(20, 70), "8: the left side at the bottom");

        BufferedImage upsideDown = read(LogoPicture.of(withOrientation(jpeg.toByteArray(), 3, true)).bytes());
        assertEquals(80, upsideDown.getWidth());
        assertColour(Color.BLUE, upsideDown.getRGB(10, 20), "3: left and right change places");

        BufferedImage upright = read(LogoPicture.of(withOrientation(jpeg.toByteArray(), 1, true)).bytes());
        assertColour(Color.RED, upright.getRGB(10, 20), "1: as stored");
        BufferedImage unknown = read(LogoPicture.of(withOrientation(jpeg.toByteArray(), 9, true)).bytes());
        assertColour(Color.RED, unknown.getRGB(10, 20), "an orientation outside 1–8 is ignored");
    }

    @Test
    void aSmallPictureIsNotScaledUp() throws Exception {
        LogoPicture logo = LogoPicture.of(picture(120, 48, BufferedImage.TYPE_INT_RGB, "png"));
        assertEquals(120, logo.width());
        assertEquals(48, logo.height());
    }

    @Test
    void theFormatComesFromTheContentNotTheName() throws Exception {
        assertRejected(LogoPicture.Problem.NOT_PNG_OR_JPEG, picture(100, 100, BufferedImage.TYPE_INT_RGB, "gif"));
        assertRejected(LogoPicture.Problem.NOT_PNG_OR_JPEG, picture(100, 100, BufferedImage.TYPE_INT_RGB, "bmp"));
        assertRejected(LogoPicture.Problem.NOT_PNG_OR_JPEG,
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertRejected(LogoPicture.Problem.NOT_PNG_OR_JPEG, "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII));
        assertRejected(LogoPicture.Problem.NOT_PNG_OR_JPEG, new byte[] {(byte) 0x89, 'P', 'N'});
    }

    @Test
    void emptyOrTooLargeFilesAreRefusedBeforeTheyAreRead() {
        assertRejected(LogoPicture.Problem.EMPTY, new byte[0]);
        assertRejected(LogoPicture.Problem.EMPTY, null);
        byte[] large = new byte[(int) LogoPicture.MAX_UPLOAD_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        assertRejected(LogoPicture.Problem.TOO_LARGE, large);
        LogoPicture.Rejected rejected = assertThrows(LogoPicture.Rejected.class,
                () -> LogoPicture.checkSize(LogoPicture.MAX_UPLOAD_BYTES + 1));
        assertEquals(LogoPicture.Problem.TOO_LARGE, rejected.problem());
    }

    @Test
    void aDamagedPictureIsUnreadable() throws Exception {
        byte[] png = picture(300, 300, BufferedImage.TYPE_INT_RGB, "png");
        assertRejected(LogoPicture.Problem.UNREADABLE, Arrays.copyOf(png, 60));
        byte[] jpeg = picture(300, 300, BufferedImage.TYPE_INT_RGB, "jpeg");
        assertRejected(LogoPicture.Problem.UNREADABLE, Arrays.copyOf(jpeg, 4));
    }

    @Test
    void aTinyPictureWouldPrintBlurred() throws Exception {
        assertRejected(LogoPicture.Problem.TOO_SMALL, picture(20, 200, BufferedImage.TYPE_INT_RGB, "png"));
    }

    @Test
    void aSmallFileClaimingAHugePictureIsRefusedFromItsHeader() throws Exception {
        byte[] png = picture(64, 64, BufferedImage.TYPE_INT_RGB, "png");
        // IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4), … and a CRC over type and data
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 100_000);
        header.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        header.putInt(12 + 4 + 13, (int) crc.getValue());
        assertRejected(LogoPicture.Problem.TOO_MANY_PIXELS, png);
    }

    @Test
    void theBytesCannotBeChangedFromOutside() throws Exception {
        LogoPicture logo = LogoPicture.of(picture(100, 100, BufferedImage.TYPE_INT_RGB, "png"));
        byte[] copy = logo.bytes();
        copy[0] = 0;
        assertArrayEquals(logo.bytes(), LogoPicture.of(picture(100, 100, BufferedImage.TYPE_INT_RGB, "png")).bytes());
    }

    private static void assertRejected(LogoPicture.Problem expected, byte[] upload) {
        LogoPicture.Rejected rejected = assertThrows(LogoPicture.Rejected.class, () -> LogoPicture.of(upload));
        assertEquals(expected, rejected.problem());
    }

    /** A red square in the middle; transparent around it when the type has alpha, white otherwise. */
    static byte[] picture(int width, int height, int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        if (!image.getColorModel().hasAlpha()) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(Color.RED);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }

    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A JPEG with an EXIF segment that holds only the Orientation tag, in Intel or Motorola byte order. */
    private static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(littleEndian ? ByteOrder.LITTLE_ENDIAN
                : ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42)
                .putInt(8) // the first directory right after this header
                .putShort((short) 1) // one entry
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0); // no next directory
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length + tiff.capacity());
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length + tiff.capacity()));
        out.put(exif).put(tiff.array());
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static void assertColour(Color expected, int rgb, String what) {
        Color actual = new Color(rgb);
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < 60
                && Math.abs(expected.getGreen() - actual.getGreen()) < 60
                && Math.abs(expected.getBlue() - actual.getBlue()) < 60, what + ": " + actual);
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}

package eu.youthpass.organisation.logo;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.exif.ExifIFD0Directory;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * How a JPEG asks to be turned to stand upright: a phone stores a photo as its sensor saw it and writes the turn
 * into the EXIF Orientation tag, which Java's JPEG reader ignores (metadata-extractor reads it here). Without it, a
 * logo photographed with the phone held upright would print sideways. Values as the EXIF standard numbers them: 1 upright, 2 mirrored, 3 upside down,
 * 4 mirrored upside down, 5–8 the same four turned a quarter.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private ExifOrientation() {
    }

    /** The orientation a JPEG file states, or {@link #UPRIGHT} when it states none or its EXIF cannot be read. */
    static int of(byte[] jpeg) {
        try {
            ExifIFD0Directory exif = JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer value = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return value != null && value >= 1 && value <= 8 ? value : UPRIGHT;
        } catch (JpegProcessingException | IOException | RuntimeException unreadable) {
            return UPRIGHT; // the picture itself was read: only its metadata is broken
        }
    }

    /** The picture turned (and mirrored) as the orientation says, to stand upright. */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean quarterTurn = orientation >= 5;
        BufferedImage shown = new BufferedImage(quarterTurn ? h : w, quarterTurn ? w : h, stored.getType());
        for (int y = 0; y < shown.getHeight(); y++) {
            for (int x = 0; x < shown.getWidth(); x++) {
                int rgb = switch (orientation) {
                    case 2 -> stored.getRGB(w - 1 - x, y);
                    case 3 -> stored.getRGB(w - 1 - x, h - 1 - y);
                    case 4 -> stored.getRGB(x, h - 1 - y);
                    case 5 -> stored.getRGB(y, x);
                    case 6 -> stored.getRGB(y, h - 1 - x);
                    case 7 -> stored.getRGB(w - 1 - y, h - 1 - x);
                    default -> stored.getRGB(w - 1 - y, x); // 8
                };
                shown.setRGB(x, y, rgb);
            }
        }
        return shown;
    }
}

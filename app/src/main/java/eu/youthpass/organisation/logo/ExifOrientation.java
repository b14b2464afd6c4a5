package eu.youthpass.organisation.logo;

import java.awt.image.BufferedImage;

/**
 * How a JPEG asks to be turned to stand upright: a phone stores a photo as its sensor saw it and writes the turn
 * into the EXIF Orientation tag, which Java's JPEG reader ignores. Without it, a logo photographed with the phone held
 * upright would print sideways. Values as the EXIF standard numbers them: 1 upright, 2 mirrored, 3 upside down,
 * 4 mirrored upside down, 5–8 the same four turned a quarter.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {
    }

    /** The orientation a JPEG file states, or {@link #UPRIGHT} when it states none or its EXIF cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2; // after the start-of-image marker
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            if (marker == 0xDA || length < 2) {
                break; // the picture's data begins: no metadata after it
            }
            if (marker == 0xE1 && isExif(jpeg, at + 4, length - 2)) {
                return orientation(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return UPRIGHT;
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

    private static boolean isExif(byte[] data, int at, int length) {
        return length >= 14 && at + 6 <= data.length && data[at] == 'E' && data[at + 1] == 'x' && data[at + 2] == 'i'
                && data[at + 3] == 'f' && data[at + 4] == 0 && data[at + 5] == 0;
    }

    /** Reads the tag from the TIFF structure at {@code tiff}, within {@code end}: IFD0's entries only. */
    private static int orientation(byte[] data, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean little = data[tiff] == 'I' && data[tiff + 1] == 'I';
        if (!little && !(data[tiff] == 'M' && data[tiff + 1] == 'M')) {
            return UPRIGHT;
        }
        long ifd = tiff + unsigned(data, tiff + 4, 4, little);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = (int) unsigned(data, (int) ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (unsigned(data, entry, 2, little) == TAG_ORIENTATION
                    && unsigned(data, entry + 2, 2, little) == TYPE_SHORT) {
                int value = (int) unsigned(data, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static long unsigned(byte[] data, int at, int bytes, boolean little) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = data[at + (little ? bytes - 1 - i : i)] & 0xFF;
            value = value << 8 | b;
        }
        return value;
    }
}

package eu.youthpass.organisation.logo;

import eu.youthpass.platform.files.FileSignature;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * An organisation's logo as the platform keeps it: an uploaded PNG or JPEG, checked by its content (never by its
 * name or the browser's word), decoded, scaled down to at most {@value #MAX_SIDE} pixels a side and encoded again.
 * Encoding again means a certificate only ever embeds a picture we wrote ourselves: no metadata (a phone photo's
 * GPS position), no oddities OpenPDF might choke on, and a few dozen kilobytes per PDF instead of megabytes. A JPEG
 * is turned upright as its EXIF orientation says ({@link ExifOrientation}), since that tag is not kept.
 */
public record LogoPicture(Format format, byte[] bytes, int width, int height) {

    public static final int MAX_UPLOAD_MEGABYTES = 2;
    public static final long MAX_UPLOAD_BYTES = MAX_UPLOAD_MEGABYTES * 1024L * 1024L;
    /** 600 pixels print sharp at the 35 mm the logo takes on the certificate (over 400 dpi). */
    public static final int MAX_SIDE = 600;
    public static final int MIN_SIDE = 32;
    /** Checked from the header before decoding, so that a tiny file claiming a huge picture is refused cheaply. */
    static final long MAX_PIXELS = 50_000_000L;

    public enum Format {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpeg");

        private final String mediaType;
        private final String imageIoName;

        Format(String mediaType, String imageIoName) {
            this.mediaType = mediaType;
            this.imageIoName = imageIoName;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format by the file's first bytes, or null for anything else (GIF, SVG, PDF, a renamed text…). */
        static Format sniff(byte[] content) {
            if (FileSignature.startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (FileSignature.startsWith(content, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            return null;
        }
    }

    /** Why an upload is not taken; each has a message {@code logo.rejected.<name in lower case>}. */
    public enum Problem { EMPTY, TOO_LARGE, NOT_PNG_OR_JPEG, UNREADABLE, TOO_SMALL, TOO_MANY_PIXELS }

    public static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Rejected(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public LogoPicture {
        bytes = bytes.clone();
    }

    /** Checks an upload and makes the picture we keep from it. */
    public static LogoPicture of(byte[] upload) throws Rejected {
        checkSize(upload == null ? 0 : upload.length);
        Format format = Format.sniff(upload);
        if (format == null) {
            throw new Rejected(Problem.NOT_PNG_OR_JPEG);
        }
        BufferedImage image = decode(upload, format);
        BufferedImage scaled = fit(image, format);
        if (format == Format.JPEG) {
            scaled = ExifOrientation.upright(scaled, ExifOrientation.of(upload));
        }
        return new LogoPicture(format, encode(scaled, format), scaled.getWidth(), scaled.getHeight());
    }

    /** The size check alone, for an upload not yet read into memory. */
    public static void checkSize(long size) throws Rejected {
        if (size <= 0) {
            throw new Rejected(Problem.EMPTY);
        }
        if (size > MAX_UPLOAD_BYTES) {
            throw new Rejected(Problem.TOO_LARGE);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    private static BufferedImage decode(byte[] upload, Format format) throws Rejected {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new Rejected(Problem.TOO_MANY_PIXELS);
            }
            if (Math.min(width, height) < MIN_SIDE) {
                throw new Rejected(Problem.TOO_SMALL);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            // a cut-off file, a CMYK JPEG (which Java cannot read), a PNG with a broken chunk…
            throw new Rejected(Problem.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /** Scales down (never up) to fit {@value #MAX_SIDE} pixels a side, halving first for a smooth result. */
    private static BufferedImage fit(BufferedImage image, Format format) {
        int type = format == Format.PNG && image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB;
        double scale = Math.min(1, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        return draw(current, width, height, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                // a JPEG has no transparency: what was transparent in the source becomes white paper, not black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName).next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            if (format == Format.JPEG) {
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(0.92f);
            }
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogoPicture that && format == that.format && width == that.width
                && height == that.height && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + width;
    }

    @Override
    public String toString() {
        return "LogoPicture[" + format + ", " + width + "×" + height + ", " + bytes.length + " bytes]";
    }
}

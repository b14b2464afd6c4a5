package eu.youthpass.certificate;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The organisation's logo made ready once for the many certificates of a bulk run, not once per certificate. OpenPDF
 * decodes a PNG with transparency into raw pixels and their alpha mask and deflates both again in every document
 * that shows it: 5 ms to decode and 3 ms to compress a 600-pixel logo, more than laying out and signing a whole
 * three-part certificate. Here the pixels and mask are deflated once (at the best compression, once is cheap) and
 * each document embeds them as they are. Keeps the last logo seen (a run is one organisation's); each document gets
 * its own copy of the picture to scale and place, sharing the compressed data, which nothing writes to. Thread-safe.
 */
final class DecodedLogos {

    private static final Logger LOG = Logger.getLogger(DecodedLogos.class.getName());

    private record Decoded(byte[] file, Image picture) {
    }

    private volatile Decoded last;

    /** The picture of this logo file for one document, or none when it is not a picture OpenPDF reads. */
    Image forDocument(byte[] file, Object certificate) {
        if (file == null || file.length == 0) {
            return null;
        }
        Decoded seen = last;
        if (seen == null || !Arrays.equals(seen.file(), file)) {
            try {
                seen = new Decoded(file.clone(), compressed(Image.getInstance(file)));
            } catch (Exception unreadable) {
                // a broken logo must not stop a certificate: print it without
                LOG.log(Level.WARNING, "Certificate {0}: the organisation''s logo is not a readable picture ({1})",
                        new Object[] {certificate, unreadable.toString()});
                return null;
            }
            last = seen;
        }
        return Image.getInstance(seen.picture());
    }

    /**
     * Raw pixels (and a raw alpha mask) as the same picture with its data deflated, which OpenPDF then embeds
     * without compressing it again; a picture already compressed (a JPEG, a PNG without transparency) as it is.
     */
    static Image compressed(Image picture) throws DocumentException {
        if (!picture.isImgRaw() || picture.isDeflated()) {
            return picture;
        }
        Image deflated = Image.getInstance((int) picture.getWidth(), (int) picture.getHeight(),
                picture.getColorspace(), picture.getBpc(), deflate(picture.getRawData()), picture.getTransparency());
        deflated.setDeflated(true);
        deflated.setAdditional(picture.getAdditional());
        deflated.setDpi(picture.getDpiX(), picture.getDpiY());
        deflated.setInverted(picture.isInverted());
        deflated.setInterpolation(picture.isInterpolation());
        if (picture.hasICCProfile()) {
            deflated.tagICC(picture.getICCProfile());
        }
        if (picture.isMask()) {
            deflated.makeMask();
        }
        if (picture.getImageMask() != null) {
            deflated.setImageMask(compressed(picture.getImageMask()));
        }
        return deflated;
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}

package eu.youthpass.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The raster pictures of a PDF's page, read with PDFBox: {@code PdfPictures.on(pdf, 1)} is e.g. ["600x200"]. */
public final class PdfPictures {

    private PdfPictures() {
    }

    /**
     * The raster pictures on a page, as width x height (the QR code is vector, not one of them); a transparency mask
     * OpenPDF lists beside its picture is not counted as a picture of its own.
     */
    public static List<String> on(byte[] pdf, int page) {
        return read(pdf, page, image -> image.getWidth() + "x" + image.getHeight());
    }

    /** The same pictures decoded, their transparency mask applied, as a reader would draw them. */
    public static List<BufferedImage> images(byte[] pdf, int page) {
        return read(pdf, page, image -> {
            try {
                return image.getImage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static <T> List<T> read(byte[] pdf, int page, Function<PDImageXObject, T> what) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(page - 1).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            List<COSBase> masks = images.stream().map(i -> i.getCOSObject().getDictionaryObject(COSName.SMASK))
                    .filter(Objects::nonNull).toList();
            return images.stream().filter(i -> !masks.contains(i.getCOSObject())).map(what).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

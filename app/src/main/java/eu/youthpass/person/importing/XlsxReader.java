package eu.youthpass.person.importing;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The first sheet of an Excel workbook (.xlsx), read as a stream of rows (POI's event API), so a large sheet never
 * sits in memory as a tree. Every cell arrives as the text it shows, except date cells, which arrive as ISO dates
 * (2005-03-14) whatever their display format.
 */
final class XlsxReader {

    /** Unpacked, a workbook of 1,000 people is well under 2 MB; this leaves room for styles and a picture or two. */
    static final int MAX_UNPACKED_MB = 20;
    /** Cells beyond this column are ignored: the template has ten columns. */
    static final int MAX_COLUMNS = 100;

    private XlsxReader() {
    }

    static List<RawRow> read(byte[] content, int maxRows) throws UnreadableFile {
        checkPackage(content);
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile(ImportProblem.Kind.CORRUPT);
            }
            Rows rows = new Rows(maxRows);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), rows, new IsoDates(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (TooManyRows e) {
            throw new UnreadableFile(ImportProblem.Kind.TOO_MANY_ROWS, PeopleImport.MAX_PEOPLE);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a damaged part in many ways (POIXMLException, NotOfficeXmlFileException, …): all "damaged"
            throw new UnreadableFile(e, ImportProblem.Kind.CORRUPT);
        } finally {
            if (workbook != null) {
                // revert, not close: close() would try to save a package opened from a stream
                workbook.revert();
            }
        }
    }

    /**
     * Walks the ZIP once before POI opens it: a small upload must not unpack into hundreds of megabytes (POI
     * keeps a package opened from a stream in memory), and a ZIP that is not an Office document (an OpenDocument
     * spreadsheet, say) gets "please upload .xlsx or CSV" rather than "damaged".
     */
    static void checkPackage(byte[] content) throws UnreadableFile {
        long limit = MAX_UNPACKED_MB * 1024L * 1024L;
        long total = 0;
        boolean officeDocument = false;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > 10_000) {
                    throw new UnreadableFile(ImportProblem.Kind.CORRUPT);
                }
                officeDocument |= "[Content_Types].xml".equals(entry.getName());
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        throw new UnreadableFile(ImportProblem.Kind.UNPACKED_TOO_LARGE, MAX_UNPACKED_MB);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFile(e, ImportProblem.Kind.CORRUPT);
        }
        if (entries == 0) {
            throw new UnreadableFile(ImportProblem.Kind.CORRUPT);
        }
        if (!officeDocument) {
            throw new UnreadableFile(ImportProblem.Kind.UNKNOWN_TYPE);
        }
    }

    /** Collects the rows the sheet handler reports, with empty cells filled in between. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<RawRow> rows = new ArrayList<>();
        private List<String> cells;
        private int filled;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS || column < cells.size()) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            RawRow row = new RawRow(rowNum + 1, cells);
            if (!row.isBlank() && ++filled > maxRows) {
                throw new TooManyRows();
            }
            rows.add(row);
        }
    }

    /** Thrown from inside the sheet parser to stop reading as soon as the sheet is too long. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Shows date cells as ISO dates, whatever format (and language) the sheet gives them. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}

package eu.youthpass.person.importing;

import eu.youthpass.platform.files.FileSignature;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 describes them: quoted values may hold the separator, line breaks and doubled
 * quotes. The separator is whichever of comma, semicolon or tab the heading row has most of: Excel saves with a
 * semicolon where the comma is the decimal sign, as in Latvia. UTF-8 with or without a byte order mark; UTF-16 when
 * a byte order mark says so (Excel's "Unicode text").
 */
final class CsvReader {

    private static final char QUOTE = '"';

    private final String text;
    private final char separator;
    private final int maxRows;

    private CsvReader(String text, int maxRows) {
        this.text = text;
        this.separator = separatorOf(firstLine(text));
        this.maxRows = maxRows;
    }

    /** Reads every row, blank ones too; more than {@code maxRows} rows with something in them is refused. */
    static List<RawRow> read(byte[] content, int maxRows) throws UnreadableFile {
        return new CsvReader(decode(content), maxRows).rows();
    }

    static String decode(byte[] content) throws UnreadableFile {
        if (FileSignature.startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strict(content, 3, StandardCharsets.UTF_8);
        }
        if (FileSignature.startsWith(content, 0xFF, 0xFE)) {
            return strict(content, 2, StandardCharsets.UTF_16LE);
        }
        if (FileSignature.startsWith(content, 0xFE, 0xFF)) {
            return strict(content, 2, StandardCharsets.UTF_16BE);
        }
        return strict(content, 0, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] content, int offset, Charset charset) throws UnreadableFile {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                // valid UTF-8 does not make a text file: a NUL means some binary format
                throw new UnreadableFile(ImportProblem.Kind.UNKNOWN_TYPE);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFile(e, ImportProblem.Kind.NOT_UTF8);
        }
    }

    /** The first line that has anything on it, up to a line break outside quotes. */
    static String firstLine(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                return text.substring(start, i);
            }
        }
        return text.substring(start);
    }

    static char separatorOf(String headingRow) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headingRow.length(); i++) {
            char c = headingRow.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    private List<RawRow> rows() throws UnreadableFile {
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int rowNumber = 1;
        int quoteStartRow = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        int filled = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                        cell.append(QUOTE);
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                filled = add(rows, new RawRow(rowNumber++, cells), filled);
                cells = new ArrayList<>();
                afterQuote = false;
            } else if (c == QUOTE && cell.isEmpty() && !afterQuote) {
                quoted = true;
                quoteStartRow = rowNumber;
            } else {
                // lenient: a quote inside an unquoted value, or text after a closing quote, is kept as written
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new UnreadableFile(ImportProblem.Kind.OPEN_QUOTE, String.valueOf(quoteStartRow));
        }
        if (!cell.isEmpty() || !cells.isEmpty() || afterQuote) {
            cells.add(cell.toString());
            add(rows, new RawRow(rowNumber, cells), filled);
        }
        return rows;
    }

    private int add(List<RawRow> rows, RawRow row, int filled) throws UnreadableFile {
        rows.add(row);
        if (row.isBlank()) {
            return filled;
        }
        if (filled + 1 > maxRows) {
            throw new UnreadableFile(ImportProblem.Kind.TOO_MANY_ROWS, PeopleImport.MAX_PEOPLE);
        }
        return filled + 1;
    }
}

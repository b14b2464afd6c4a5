package eu.youthpass.person.importing;

import eu.youthpass.platform.files.FileSignature;

import java.util.List;
import java.util.Locale;

/**
 * Tells an uploaded file's kind by its first bytes (a name can lie, and Excel users rename files) and its name, and
 * reads its rows.
 */
final class SpreadsheetFile {

    private SpreadsheetFile() {
    }

    static List<RawRow> rows(String fileName, byte[] content, int maxRows) throws UnreadableFile {
        if (content == null || content.length == 0) {
            throw new UnreadableFile(ImportProblem.Kind.EMPTY_FILE);
        }
        if (content.length > PeopleImport.MAX_BYTES) {
            throw new UnreadableFile(ImportProblem.Kind.TOO_LARGE, PeopleImport.MAX_MEGABYTES);
        }
        String extension = extensionOf(fileName);
        if (FileSignature.startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxReader.read(content, maxRows);
        }
        if (FileSignature.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0) || extension.equals("xls")) {
            // the old binary format, or an Office document encrypted with a password (stored the same way)
            throw new UnreadableFile(ImportProblem.Kind.OLD_EXCEL);
        }
        return switch (extension) {
            case "csv", "txt", "tsv" -> CsvReader.read(content, maxRows);
            case "xlsx", "xlsm" -> throw new UnreadableFile(ImportProblem.Kind.CORRUPT);
            default -> throw new UnreadableFile(ImportProblem.Kind.UNKNOWN_TYPE);
        };
    }

    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}

package eu.youthpass.person.importing;

import eu.youthpass.person.importing.ImportProblem.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.youthpass.person.importing.Sheets.HEADINGS;
import static eu.youthpass.person.importing.Sheets.ONE_ACTIVITY;
import static eu.youthpass.person.importing.Sheets.csv;
import static eu.youthpass.person.importing.Sheets.fileProblem;
import static eu.youthpass.person.importing.Sheets.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files that cannot be used at all: empty, too large, too long, of another kind, damaged. */
class FileProblemsTest {

    @Test
    void emptyFiles() {
        assertEquals(Kind.EMPTY_FILE, fileProblem(PeopleImport.read("people.csv", new byte[0], ONE_ACTIVITY)));
        assertEquals(Kind.EMPTY_FILE, fileProblem(PeopleImport.read("people.csv", null, ONE_ACTIVITY)));
        assertEquals(Kind.EMPTY_FILE, fileProblem(csv("\uFEFF\r\n;;;\r\n\r\n")));
    }

    @Test
    void atMostTwoMegabytes() {
        byte[] large = new byte[(int) PeopleImport.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        ImportPreview preview = PeopleImport.read("people.csv", large, ONE_ACTIVITY);
        assertEquals(Kind.TOO_LARGE, fileProblem(preview));
        assertEquals(List.of(2), preview.fileProblems().get(0).arguments());
    }

    @Test
    void atMostAThousandPeople() {
        assertEquals(1000, csv(people(1000)).readyCount());
        ImportPreview tooMany = csv(people(1001));
        assertEquals(Kind.TOO_MANY_ROWS, fileProblem(tooMany));
        assertEquals(List.of(1000), tooMany.fileProblems().get(0).arguments());
    }

    static String people(int count) {
        StringBuilder text = new StringBuilder(HEADINGS).append('\n');
        for (int i = 1; i <= count; i++) {
            text.append("Anna,Liepa,anna").append(i).append("@example.org,LV\n");
        }
        return text.toString();
    }

    @Test
    void otherKindsOfFile() {
        assertEquals(Kind.UNKNOWN_TYPE, fileProblem(PeopleImport.read("people.pdf", "%PDF-1.7".getBytes(), ONE_ACTIVITY)));
        assertEquals(Kind.UNKNOWN_TYPE, fileProblem(PeopleImport.read("people", "First name".getBytes(), ONE_ACTIVITY)));
        assertEquals(Kind.UNKNOWN_TYPE, fileProblem(PeopleImport.read("people.csv", new byte[]{'a', 0, 'b'}, ONE_ACTIVITY)));
        assertEquals(Kind.UNKNOWN_TYPE, fileProblem(PeopleImport.read("people.ods",
                zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ONE_ACTIVITY)));
    }

    @Test
    void oldExcelAndPasswordProtectedWorkbooks() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(Kind.OLD_EXCEL, fileProblem(PeopleImport.read("people.xlsx", ole2, ONE_ACTIVITY)));
        assertEquals(Kind.OLD_EXCEL, fileProblem(PeopleImport.read("people.xls", "<html>".getBytes(), ONE_ACTIVITY)));
    }

    @Test
    void damagedWorkbooks() {
        assertEquals(Kind.CORRUPT, fileProblem(PeopleImport.read("people.xlsx", "First name,Last name".getBytes(), ONE_ACTIVITY)));
        assertEquals(Kind.CORRUPT, fileProblem(PeopleImport.read("people.xlsx",
                new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9}, ONE_ACTIVITY)));
        assertEquals(Kind.CORRUPT, fileProblem(PeopleImport.read("people.xlsx",
                zip("[Content_Types].xml", "<Types/>"), ONE_ACTIVITY)));
    }
}

package eu.youthpass.person;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation adds people from a spreadsheet: the preview shows every row's problems and saves nothing; the
 * confirmation imports the good rows in one go. The Latvian template downloads with Latvian headings and reads back.
 * Another organisation gets "not found" for the import page and the template of the first one's project.
 */
class PeopleImportIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void previewThenImportThenAnotherOrganisationSeesNothing() throws Exception {
        Seeds.SeededOrganisation a = Seeds.organisation(platform, "Jauniešu klubs Kurzeme", "Dace", "Liepa");
        Seeds.SeededOrganisation b = Seeds.organisation(platform, "Cita biedrība", "Oskars", "Kalns");
        long projectId;
        String templateUrl;
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.login(browser, a.owner().email(), a.owner().password());
            projectId = projectWithOneActivity(browser);

            browser.open("/project/people.xhtml?project=" + projectId).click("Add many from a spreadsheet");
            assertEquals("Add many from a spreadsheet", browser.title());
            upload(browser, "people.csv", """
                    First name;Last name;E-mail address;Country of residence;Role;Role in the team;Date of birth;Certificate languages
                    Jānis;Bērziņš;janis.import@example.org;Latvia;Participant;;14.03.2005;lv, en
                    Ζωή;Παπαδοπούλου;zoe.import@example.org;GR;Team member;Mentor;1990-01-02;en
                    Иван;Петров;ivan.import@example.org;Bulgaria;;;;
                    Anna 😀;Liepa;anna@example;Atlantis;;;;
                    Pēteris;;peteris.import@example.org;LV;;;31.12.2099;
                    """.getBytes(StandardCharsets.UTF_8));

            String preview = browser.text();
            assertTrue(preview.contains("3 rows ready, 2 with problems."), preview);
            assertTrue(preview.contains("Jānis Bērziņš") && preview.contains("Ζωή Παπαδοπούλου") && preview.contains("Иван Петров"), preview);
            assertTrue(preview.contains("First name: “Anna 😀” has emoji or symbols."), preview);
            assertTrue(preview.contains("E-mail address: “anna@example” is not an e-mail address like name@example.org."), preview);
            assertTrue(preview.contains("Country of residence: “Atlantis” is not a country we know."), preview);
            assertTrue(preview.contains("Last name: missing."), preview);
            assertTrue(preview.contains("Date of birth: “31.12.2099” is not in the past."), preview);
            assertTrue(preview.contains("Skipped"), preview);
            assertEquals(0, peopleIn(projectId).size(), "nothing is saved before the confirmation");

            browser.click("Import 3 people");
            assertEquals("/project/people.xhtml", browser.path());
            String people = browser.text();
            assertTrue(people.contains("3 people imported."), people);
            assertTrue(people.contains("2 rows with problems were not imported."), people);
            assertTrue(people.contains("Jānis Bērziņš") && people.contains("Ζωή Παπαδοπούλου") && people.contains("Иван Петров"), people);
            assertTrue(people.contains("Team member (Mentor)"), people);
            assertEquals(List.of("Bērziņš|Jānis|LV|PARTICIPANT||2005-03-14|lv,en",
                            "Παπαδοπούλου|Ζωή|GR|TEAM_MEMBER|MENTOR|1990-01-02|en",
                            "Петров|Иван|BG|PARTICIPANT|||en"),
                    peopleIn(projectId));
            assertEquals(List.of("history.people_imported|3"), strings("""
                    select what || '|' || coalesce(detail, '') from project_change
                    where project_id = ? and what like 'history.people%'""", projectId));
            assertEquals(3, strings("""
                    select pa.person_id from person_activity pa join person p on p.id = pa.person_id
                    where p.project_id = ?""", projectId).size(), "each in the project's only activity");

            // the template in Latvian: headings from the download, then uploaded back as it is
            browser.open("/project/import.xhtml?project=" + projectId).click("latviešu");
            assertEquals("Pievienot vairākus cilvēkus no izklājlapas", browser.title());
            templateUrl = browser.driver().findElement(By.id("templateXlsx")).getAttribute("href");
            HttpResponse<byte[]> xlsx = get(browser, templateUrl);
            assertEquals(200, xlsx.statusCode());
            assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("youthpass-people-lv.xlsx"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertEquals(List.of("Vārds", "Uzvārds", "E-pasta adrese", "Dzīvesvietas valsts", "Loma", "Loma komandā",
                        "Dzimšanas datums", "Dzimšanas vieta", "Sertifikāta valodas", "Aktivitātes"), cells(workbook.getSheetAt(0).getRow(0)));
                assertEquals("Exchange in Ventspils", cells(workbook.getSheetAt(0).getRow(1)).get(9));
            }
            String csvUrl = browser.driver().findElement(By.id("templateCsv")).getAttribute("href");
            String csv = new String(get(browser, csvUrl).body(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFFVārds;Uzvārds;E-pasta adrese;Dzīvesvietas valsts;Loma;"), csv);

            upload(browser, "veidne.xlsx", xlsx.body());
            String latvian = browser.text();
            assertTrue(latvian.contains("0 rindas gatavas, 1 ar problēmām."), latvian);
            assertTrue(latvian.contains("Šī ir veidnes parauga rinda, tāpēc tā tiek izlaista."), latvian);
            assertTrue(browser.driver().findElements(By.id("confirm:import")).isEmpty(), "nothing to import");

            upload(browser, "bojats.xlsx", new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0});
            assertTrue(browser.text().contains("Darbgrāmatu neizdevās nolasīt; iespējams, tā ir bojāta."), browser.text());
            assertEquals(3, peopleIn(projectId).size());
        }

        try (Browser other = new Browser(platform.baseUrl())) {
            Journeys.login(other, b.owner().email(), b.owner().password());
            for (String url : new String[]{
                    "/project/import.xhtml?project=" + projectId,
                    "/project/people-template?project=" + projectId + "&format=xlsx",
                    "/project/people-template?project=" + projectId + "&format=csv&lang=lv",
                    "/project/people-template?project=abc"}) {
                other.open(url);
                assertEquals("Page not found", other.title(), url + ":\n" + other.text());
                assertFalse(other.text().contains("Exchange in Ventspils") || other.text().contains("Jānis"), url);
            }
            HttpResponse<byte[]> template = get(other, templateUrl);
            assertEquals(404, template.statusCode());
            assertFalse(new String(template.body(), StandardCharsets.UTF_8).contains("Exchange in Ventspils"));
        }
    }

    /** Enters a project and its one activity through the pages; returns the project's id. */
    private static long projectWithOneActivity(Browser browser) {
        browser.click("Projects").click("Enter new project");
        browser.fill("Project number", "2024-1-LV02-KA152-YOU-000000456").click("Check the number");
        browser.fill("Project title", "Voices of Kurzeme").fillDate("Start date", "01/07/2026")
                .fillDate("End date", "31/08/2026").fill("Legal representative: name", "Ēriks Šņore").click("Save the project");
        assertTrue(browser.text().contains("The project “Voices of Kurzeme” is saved."), browser.text());
        long projectId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.click("Participants and team members").click("Add an activity");
        browser.select("Type of activity", "Youth exchange").fill("Title of the activity", "Exchange in Ventspils")
                .fillDate("First day", "10/07/2026").fillDate("Last day", "20/07/2026").click("Save");
        assertTrue(browser.text().contains("The activity “Exchange in Ventspils” is saved."), browser.text());
        return projectId;
    }

    private static void upload(Browser browser, String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("yp-import").resolve(name);
        Files.write(file, content);
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click(browser.htmlLang().equals("lv") ? "Rādīt priekšskatījumu" : "Show the preview");
    }

    /** A download as the signed-in browser would get it: with the browser's session cookie. */
    private static HttpResponse<byte[]> get(Browser browser, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "YPSESSION=" + browser.cookie("YPSESSION")).GET().build();
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.toString()));
        return texts;
    }

    private List<String> peopleIn(long projectId) throws Exception {
        return strings("""
                select last_name || '|' || first_name || '|' || residence_country || '|' || kind || '|'
                       || coalesce(team_role, '') || '|' || coalesce(cast(birth_date as varchar), '') || '|' || certificate_languages
                from person where project_id = ? order by id""", projectId);
    }

    private List<String> strings(String sql, long projectId) throws Exception {
        try (Connection c = platform.database().connectAsAdmin(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, projectId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}

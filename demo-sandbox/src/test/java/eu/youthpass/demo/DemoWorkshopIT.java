package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer opens a workshop with three seats from the start page, prints the handout, the seats work without seeing
 * each other, the trainer resets a seat; once the workshop has ended the wipe job deletes it.
 */
class DemoWorkshopIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String WORKSHOP = "Seminārs Rīgā – Ünïcödé “quotes”";

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void aTrainersWorkshopFromOpeningToDeletion() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        forgetWhereWorkshopsWereOpenedFrom();
        String trainerEmail;
        String trainerPassword;
        try (Browser trainer = new Browser(demo.baseUrl())) {
            trainer.open("/").click("Trainers: open a private workshop sandbox");
            trainer.fill("Name of the workshop", WORKSHOP).force("Number of seats", "3")
                    .fillDate("Last day of the workshop", today.plusDays(15).format(DAY)).click("Open the workshop sandbox");
            assertTrue(trainer.text().contains("The last day must be between today and 14 days from today."), trainer.text());
            trainer.force("Number of seats", "3").fillDate("Last day of the workshop", today.plusDays(7).format(DAY))
                    .click("Open the workshop sandbox");
            trainerEmail = trainer.textOf("trainerEmail");
            trainerPassword = trainer.textOf("trainerPassword");
            assertTrue(trainerEmail.matches("w\\d+-trainer@demo\\.invalid"), trainer.text());

            Journeys.login(trainer, trainerEmail, trainerPassword);
            trainer.click("Your workshop");
            assertEquals(WORKSHOP, trainer.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of("4", "4", "4"), column(trainer, 3), "each seat has the example projects");

            String handout = handoutText(trainer);
            assertTrue(handout.contains(WORKSHOP), handout);
            List<String[]> seats = seatLogins(handout);
            assertEquals(3, seats.size(), handout);

            try (Browser seat1 = new Browser(demo.baseUrl())) {
                Journeys.login(seat1, seats.get(0)[0], seats.get(0)[1]);
                seat1.open("/project/index.xhtml");
                assertTrue(seat1.text().contains("Voices of the Coast"), seat1.text());
                Journeys.createProject(seat1, "2025-1-LV02-KA153-YOU-000333333", "Seat one’s own project");
            }
            try (Browser seat2 = new Browser(demo.baseUrl())) {
                Journeys.login(seat2, seats.get(1)[0], seats.get(1)[1]);
                seat2.open("/project/index.xhtml");
                assertTrue(seat2.text().contains("Voices of the Coast"), seat2.text());
                assertFalse(seat2.text().contains("Seat one’s own project"), "seat 2 does not see seat 1: " + seat2.text());
            }
            try (Browser shared = new Browser(demo.baseUrl())) {
                Journeys.login(shared, DemoSharedLoginIT.LOGIN, DemoSharedLoginIT.PASSWORD);
                shared.open("/project/index.xhtml");
                assertFalse(shared.text().contains("Seat one’s own project"), shared.text());
            }

            trainer.open("/demo/workshop.xhtml");
            assertEquals(List.of("5", "4", "4"), column(trainer, 3), "the trainer sees seat 1's new project");
            trainer.screenshot("demo-workshop");
            trainer.driver().findElements(By.xpath("//table[@id='seats:progress']//tbody/tr")).get(0)
                    .findElement(By.tagName("button")).click();
            trainer.waitFor("Seat 1 has been reset to the example projects.");
            assertEquals(List.of("4", "4", "4"), column(trainer, 3));
        }
        long workshopId = Long.parseLong(trainerEmail.replaceAll("^w(\\d+)-.*", "$1"));
        assertEquals(List.of(), Seeds.query(demo, """
                select p.title from project p join demo_organisation o on o.organisation_id = p.organisation_id
                where o.workshop_id = ? and p.title like 'Seat one%'""", workshopId));

        endsYesterday(workshopId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (!Seeds.query(demo, "select id from demo_workshop where id = ?", workshopId).isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "the ended workshop was not deleted: "
                    + Seeds.query(demo, "select status || ' ' || coalesce(error, '') from demo_wipe_run order by id desc"));
            Thread.sleep(2000);
        }
        assertEquals(List.of(), Seeds.query(demo, "select email from user_account where email like ?", "w" + workshopId + "-%"));
        assertEquals(List.of(), Seeds.query(demo, "select id from organisation where name like ?", WORKSHOP + "%"));
        assertEquals("4", Seeds.query(demo, """
                select count(*) from project p join demo_organisation o on o.organisation_id = p.organisation_id
                where o.kind = 'SHARED'""").get(0), "the shared demo is not wiped for an ended workshop");
    }

    @Test
    void openingWorkshopsIsLimitedPerAddress() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        forgetWhereWorkshopsWereOpenedFrom();
        try (Browser trainer = new Browser(demo.baseUrl())) {
            for (int i = 1; i <= 4; i++) {
                trainer.open("/workshop/new.xhtml").fill("Name of the workshop", "Limit " + i).force("Number of seats", "1")
                        .fillDate("Last day of the workshop", today.format(DAY)).click("Open the workshop sandbox");
                if (i <= 3) {
                    assertFalse(trainer.textOf("trainerEmail").isEmpty(), trainer.text());
                } else {
                    assertTrue(trainer.text().contains("Too many workshops were opened from your network today."), trainer.text());
                }
            }
        } finally {
            forgetWhereWorkshopsWereOpenedFrom(); // the other tests here open workshops from the same address
        }
    }

    private void forgetWhereWorkshopsWereOpenedFrom() throws SQLException {
        try (var c = demo.database().connectAsAdmin();
             var s = c.prepareStatement("update demo_workshop set opened_from = repeat('0', 64)")) {
            s.executeUpdate();
        }
    }

    private void endsYesterday(long workshopId) throws SQLException {
        try (var c = demo.database().connectAsAdmin();
             var s = c.prepareStatement("update demo_workshop set ends_on = current_date - 2 where id = ?")) {
            s.setLong(1, workshopId);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** The texts of one column of the seats' progress table. */
    private static List<String> column(Browser browser, int index) {
        return browser.driver().findElements(By.xpath("//table[@id='seats:progress']//tbody/tr/td[" + index + "]"))
                .stream().map(e -> e.getText().strip()).toList();
    }

    private String handoutText(Browser trainer) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(demo.url("/demo/workshop-handout.pdf")))
                .header("Cookie", "YPSESSION=" + trainer.cookie("YPSESSION")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), pdf.headers().toString());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Seat logins and passwords as the handout prints them, in seat order. */
    private static List<String[]> seatLogins(String handout) {
        Matcher m = Pattern.compile("(w\\d+-seat\\d+@demo\\.invalid)\\s+\\S+\\s+([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})").matcher(handout);
        List<String[]> logins = new java.util.ArrayList<>();
        while (m.find()) {
            logins.add(new String[]{m.group(1), m.group(2)});
        }
        logins.sort(java.util.Comparator.comparing(l -> Integer.parseInt(l[0].replaceAll(".*-seat(\\d+)@.*", "$1"))));
        return logins;
    }
}

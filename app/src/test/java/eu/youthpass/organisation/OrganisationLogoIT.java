package eu.youthpass.organisation;

import eu.youthpass.certificate.CertificatePicture;
import eu.youthpass.certificate.PdfPictures;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.CertificateJourneys;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation's logo, from the settings page to the certificate: wrong files get a message and change nothing,
 * a PNG is kept (scaled down) and printed on the certificates made afterwards, in that organisation only; removing it
 * takes it off the next certificate.
 */
class OrganisationLogoIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void uploadCheckPrintAndRemove() throws Exception {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Logo biedrība", "Ilze", "Kalniņa");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Logos on paper",
                Seeds.Learner.participant("Jānis", "Bērziņš", "en"));
        long janis = project.learnerIds().getFirst();
        Seeds.accepted(platform, List.of(janis));
        Seeds.SeededOrganisation other = Seeds.organisation(platform, "Bez logo", "Pēteris", "Ozols");
        Seeds.SeededProject otherProject = Seeds.project(platform, other.id(), "No logo here",
                Seeds.Learner.participant("Ζωή", "Παπαδοπούλου", "en"));
        Seeds.accepted(platform, otherProject.learnerIds());
        Path files = Files.createTempDirectory("yp-logo");

        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/organisation/members.xhtml");
            assertTrue(owner.text().contains("Logo on certificates"), owner.text());
            assertTrue(owner.driver().findElements(By.id("logoPicture")).isEmpty(), "no logo yet");

            owner.click("Upload logo");
            assertEquals("Choose a PNG or JPEG file first.", owner.textOf("logo:file_msg"));

            upload(owner, files.resolve("logo.png"), "Not a picture, only named like one".getBytes(StandardCharsets.UTF_8));
            assertTrue(owner.textOf("logo:file_msg").contains("This file is not a PNG or JPEG picture"),
                    owner.textOf("logo:file_msg"));
            upload(owner, files.resolve("tiny.png"), picture(10, 10, Color.BLUE));
            assertTrue(owner.textOf("logo:file_msg").contains("smaller than 32 pixels"), owner.textOf("logo:file_msg"));
            upload(owner, files.resolve("huge.png"), noise(1100, 1100));
            assertFalse(owner.textOf("logo:file_msg").isBlank(), "a file over 2 MB is refused");
            assertEquals(List.of(), Seeds.query(platform, "select format from organisation_logo where organisation_id = ?",
                    org.id()), "nothing was kept from the refused files");

            upload(owner, files.resolve("sarkans.png"), picture(1200, 400, Color.RED));
            assertTrue(owner.text().contains("The logo is saved."), owner.text());
            Object shownWidth = owner.script("return document.getElementById('logoPicture').naturalWidth");
            assertEquals(600L, shownWidth, "the page shows the kept, scaled-down picture");
            assertTrue(owner.textOf("logoUploaded").contains("Ilze Kalniņa"), owner.textOf("logoUploaded"));
            owner.screenshot("organisation-logo");

            // a damaged file later does not lose the logo already kept
            upload(owner, files.resolve("bojats.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
            assertTrue(owner.textOf("logo:file_msg").contains("cannot be read"), owner.textOf("logo:file_msg"));
            assertEquals(List.of("PNG|600|200"), Seeds.query(platform, """
                    select format || '|' || width || '|' || height from organisation_logo where organisation_id = ?""",
                    org.id()));
        }

        WebClient http = new WebClient(platform.baseUrl());
        http.login(org.owner().email(), org.owner().password());
        CertificateJourneys.generate(http, project.id(), janis, "1", "en");
        byte[] withLogo = CertificateJourneys.pdf(http, project.id(), janis, null);
        Files.write(Path.of("target", "certificate-with-logo.pdf"), withLogo);
        Files.write(Path.of("target", "certificate-with-logo.png"), CertificatePicture.png(withLogo, 1, 60));
        assertEquals(List.of("600x200"), PdfPictures.on(withLogo, 1), "the logo is on page 1, as kept");

        WebClient otherHttp = new WebClient(platform.baseUrl());
        otherHttp.login(other.owner().email(), other.owner().password());
        long zoe = otherProject.learnerIds().getFirst();
        CertificateJourneys.generate(otherHttp, otherProject.id(), zoe, "1", "en");
        assertEquals(List.of(), PdfPictures.on(CertificateJourneys.pdf(otherHttp, otherProject.id(), zoe, null), 1),
                "another organisation's certificate has no logo");
        assertFalse(otherHttp.get("/organisation/members.xhtml").body().contains("data:image/png"),
                "another organisation's settings show no logo");

        try (Browser latvian = new Browser(platform.baseUrl())) {
            Journeys.login(latvian, org.owner().email(), org.owner().password());
            latvian.open("/organisation/members.xhtml").click("latviešu");
            assertFalse(latvian.driver().findElements(By.id("logoPicture")).isEmpty());
            upload(latvian, files.resolve("teksts.jpg"), "Nav attēls".getBytes(StandardCharsets.UTF_8), "Augšupielādēt logotipu");
            assertTrue(latvian.textOf("logo:file_msg").contains("Šis fails nav PNG vai JPEG attēls"),
                    latvian.textOf("logo:file_msg"));
            latvian.click("Noņemt logotipu").click("Jā");
            assertTrue(latvian.text().contains("Logotips ir noņemts."), latvian.text());
            assertTrue(latvian.driver().findElements(By.id("logoPicture")).isEmpty());
        }
        CertificateJourneys.generate(http, project.id(), janis, "1", "en");
        assertEquals(List.of(), PdfPictures.on(CertificateJourneys.pdf(http, project.id(), janis, null), 1),
                "the certificate made after the removal has no logo");
        assertEquals(List.of("600x200"), PdfPictures.on(CertificateJourneys.pdf(http, project.id(), janis, 1), 1),
                "the earlier version keeps the logo it was made with");
    }

    private static void upload(Browser browser, Path file, byte[] content) throws IOException {
        upload(browser, file, content, "Upload logo");
    }

    private static void upload(Browser browser, Path file, byte[] content, String button) throws IOException {
        Files.write(file, content);
        browser.driver().findElement(By.cssSelector("#logo input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click(button);
    }

    private static byte[] picture(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRoundRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4, height / 4, height / 4);
        g.dispose();
        return png(image);
    }

    /** Random pixels do not compress: a PNG over the 2 MB limit. */
    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] png = png(image);
        assertTrue(png.length > 2 * 1024 * 1024, "the noise picture is " + png.length + " bytes");
        return png;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Activity;
import eu.youthpass.certificate.CertificateContent.Evidence;
import eu.youthpass.certificate.CertificateContent.Holder;
import eu.youthpass.certificate.CertificateContent.LearningOutcome;
import eu.youthpass.certificate.CertificateContent.Organisation;
import eu.youthpass.certificate.CertificateContent.Partner;
import eu.youthpass.certificate.CertificateContent.Project;
import eu.youthpass.certificate.CertificateContent.Reference;
import eu.youthpass.certificate.CertificateContent.Signatory;
import eu.youthpass.certificate.CertificateContent.Venue;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/** Certificates with realistic content for tests, the benchmark and looking at the layout. */
public final class SampleCertificates {

    public static final String BASE_URL = "https://youthpass.example.eu";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SampleCertificates() {
    }

    /** A signer with a fresh self-signed key, its files deleted once the key is in memory. */
    public static CertificateSigner throwawaySigner() throws IOException {
        Path directory = Files.createTempDirectory("youthpass-signing");
        try {
            return new CertificateSigner(SigningKey.selfSignedIn(directory));
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** A made-up organisation logo: a PNG of 600 × 240 pixels, a bridge in two colours and the name. */
    public static byte[] logo() {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0E, 0x7C, 0x86));
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(30, 60, 220, 200, 0, 180);
        g.setColor(new Color(0xE9, 0x7B, 0x2E));
        g.fillRect(20, 150, 240, 22);
        g.setColor(new Color(0x1E, 0x24, 0x30));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 64));
        g.drawString("Jauniešu", 290, 120);
        g.drawString("tilts", 290, 190);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** A youth exchange with two activities, partners, learning outcomes, evidence and references. */
    public static CertificateContent.Builder complete() {
        return complete(new Holder("Jānis", "Bērziņš", LocalDate.of(2004, 5, 17), "Rīga", "LV"));
    }

    public static CertificateContent.Builder complete(Holder holder) {
        CertificateNumber number = CertificateNumber.generate(RANDOM);
        Venue cesis = new Venue("Cēsis", "LV");
        return CertificateContent.builder()
                .number(number)
                .verificationUrl(number.verificationUrl(BASE_URL))
                .issueDate(LocalDate.of(2026, 9, 30))
                .holder(holder)
                .project(new Project("2026-1-LV02-KA152-YOU-000123456", "Bridges over the Gauja",
                        "ERASMUS_PLUS", "YOUTH_EXCHANGE", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                        cesis, """
                                Thirty-two young people from Latvia, Lithuania, Poland and Greece met in Cēsis to \
                                explore how rivers connect communities. They mapped the Gauja valley with local \
                                elders, built a small footbridge with a carpentry workshop and told the stories \
                                they collected in a bilingual exhibition and a podcast.

                                The project was prepared together with the participants, who chose the themes of \
                                the workshops and ran the final exhibition themselves."""))
                .organisation(new Organisation("Biedrība “Jauniešu tilts”", "LV", null))
                .legalRepresentative(new Signatory("Līga Ozoliņa", "Valdes priekšsēdētāja"))
                .responsible(new Signatory("Ēriks Šņore", "Project coordinator"))
                .activity(new Activity("Preparatory visit in Cēsis", "PREPARATORY_VISIT", LocalDate.of(2026, 7, 3),
                        LocalDate.of(2026, 7, 5), cesis,
                        "Group leaders met to agree the programme, safety rules and the roles of each group."))
                .activity(new Activity("Youth exchange “Bridges over the Gauja”", "YOUTH_EXCHANGE_ACTIVITY",
                        LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 19), cesis,
                        "Ten days of workshops, field trips, building and storytelling with 32 participants."))
                .partner(new Partner("Jaunimo iniciatyvų centras „Ąžuolas“", "LT"))
                .partner(new Partner("Stowarzyszenie Młodzieży „Źródło” w Łodzi", "PL"))
                .partner(new Partner("Κέντρο Νεότητας Θεσσαλονίκης", "GR"))
                .learnerTasks("Member of the storytelling team: interviewed local elders, edited two podcast "
                        + "episodes and presented the exhibition to visitors from the town.")
                .learningOutcome(new LearningOutcome("KC2_MULTILINGUAL", """
                        I held my first long conversations in Polish and learned to switch between English, \
                        Latvian and Polish depending on who was in the room."""))
                .learningOutcome(new LearningOutcome("KC5_PERSONAL_SOCIAL_LEARNING", """
                        I learned to plan my work over ten days, to ask for help early and to give feedback \
                        without hurting anyone. When our bridge design failed, I helped the group to start again."""))
                .learningOutcome(new LearningOutcome("KC6_CITIZENSHIP", """
                        Talking with the elders of Cēsis showed me how decisions about the river were made in the \
                        past. I now take part in the youth council of my town."""))
                .otherCompetences("Basic carpentry: measuring, sawing and joining wood safely.")
                .evidence(new Evidence("Podcast “Voices of the Gauja”, episode 2",
                        "https://podcast.example.org/gauja/2"))
                .evidence(new Evidence("Exhibition photos", "https://photos.example.org/bridges-2026"))
                .reference(new Reference("Agnieszka Wiśniewska", "Group leader, Źródło", "agnieszka@example.org"))
                .reference(new Reference("Dāvis Kalniņš", "Carpentry trainer", "+371 2000 0000"))
                .dialoguePartner(new Signatory("Ēriks Šņore", "Mentor"));
    }
}

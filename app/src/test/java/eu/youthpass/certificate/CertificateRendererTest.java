package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Activity;
import eu.youthpass.certificate.CertificateContent.Holder;
import eu.youthpass.certificate.CertificateContent.Organisation;
import eu.youthpass.certificate.CertificateContent.Project;
import eu.youthpass.certificate.CertificateContent.Reference;
import eu.youthpass.certificate.CertificateContent.Venue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static eu.youthpass.certificate.CertificatePart.CONFIRMATION;
import static eu.youthpass.certificate.CertificatePart.LEARNING_OUTCOMES;
import static eu.youthpass.certificate.CertificatePart.PROJECT_DESCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateRendererTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final CertificateTexts EN = CertificateTexts.of(Locale.ENGLISH);
    private static final CertificateTexts LV = CertificateTexts.of(LATVIAN);
    private static final Pattern PAGING = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

    private final CertificateRenderer renderer = new CertificateRenderer();

    private PdfText render(CertificateContent content, CertificateRequest request) {
        return PdfText.of(renderer.render(content, request));
    }

    @Test
    void namesInGreekAndCyrillicAndWithLatvianDiacriticsPrintExactly() {
        for (String[] name : new String[][] {{"Jānis", "Bērziņš"}, {"Ζωή", "Παπαδοπούλου"}, {"Иван", "Петров"}}) {
            CertificateContent content = SampleCertificates.complete(
                    new Holder(name[0], name[1], LocalDate.of(2003, 1, 2), null, "LV")).build();
            PdfText text = render(content, CertificateRequest.complete(Locale.ENGLISH));
            String full = name[0] + " " + name[1];
            assertTrue(text.page(1).contains(full), full + " not on page 1:\n" + text.page(1));
            assertTrue(text.count(full) >= 3, full + " should be in every part");
            assertTrue(text.fontsNotEmbedded().isEmpty(), "not embedded: " + text.fontsNotEmbedded());
        }
    }

    @Test
    void lettersOfOtherEuLanguagesPrintExactly() {
        List<String> names = List.of(
                "Kęstutis Žąsinas", "Jūratė Čiurlionytė", "Įgaunė Ųsaitė-Šimkutė",      // Lithuanian
                "Łukasz Wiśniewski", "Zdzisław Źródłowski", "Mańka Żak",                // Polish
                "Jiří Dvořák", "Růžena Klímová", "Věra Čechová",                        // Czech
                "Ștefan Țăranu", "Ionuț Bîrsan", "Mădălina Ângelescu");                // Romanian
        CertificateContent.Builder builder = SampleCertificates.complete();
        names.forEach(n -> builder.reference(new Reference(n, "Mentor", null)));
        PdfText text = render(builder.build(), CertificateRequest.of(EnumSet.of(LEARNING_OUTCOMES), Locale.ENGLISH));
        for (String name : names) {
            assertTrue(text.all().contains(name), name + " missing in:\n" + text.all());
        }
    }

    @Test
    void everyPageHasTheNumberAndPagingWithTheRightTotal() {
        CertificateContent content = SampleCertificates.complete().build();
        PdfText text = render(content, CertificateRequest.complete(Locale.ENGLISH, LATVIAN));
        assertTrue(text.pageCount() >= 6, "pages: " + text.pageCount());
        for (int page = 1; page <= text.pageCount(); page++) {
            String onPage = text.page(page);
            assertTrue(onPage.contains(content.number().toString()), "number missing on page " + page);
            assertTrue(onPage.contains(content.verificationUrl()), "address missing on page " + page);
            assertEquals(List.of(page + "/" + text.pageCount()), paging(onPage), "page " + page);
        }
        assertTrue(text.page(1).contains(EN.get("footer.page") + " 1"));
        assertTrue(text.page(text.pageCount()).contains(LV.get("footer.page") + " " + text.pageCount()));
    }

    private static List<String> paging(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = PAGING.matcher(page);
        while (m.find()) {
            found.add(m.group(1) + "/" + m.group(2));
        }
        return found;
    }

    @Test
    void pagesGrowWithPartsAndLanguages() {
        CertificateContent content = SampleCertificates.complete().build();
        int one = render(content, CertificateRequest.of(EnumSet.of(CONFIRMATION), Locale.ENGLISH)).pageCount();
        int two = render(content, CertificateRequest.of(EnumSet.of(CONFIRMATION, PROJECT_DESCRIPTION),
                Locale.ENGLISH)).pageCount();
        int three = render(content, CertificateRequest.complete(Locale.ENGLISH)).pageCount();
        int bilingual = render(content, CertificateRequest.complete(Locale.ENGLISH, LATVIAN)).pageCount();
        assertTrue(one < two && two < three && three < bilingual, one + " " + two + " " + three + " " + bilingual);
        assertEquals(2 * three, bilingual);
    }

    @Test
    void onlyTheChosenPartsAreThere() {
        PdfText text = render(SampleCertificates.complete().build(),
                CertificateRequest.of(EnumSet.of(CONFIRMATION, PROJECT_DESCRIPTION), Locale.ENGLISH));
        assertTrue(text.all().contains(EN.get("part1.title")));
        assertTrue(text.all().contains(EN.get("part3.title")));
        assertFalse(text.all().contains(EN.get("part2.title")));
        assertFalse(text.all().contains(EN.get("part2.evidence")));

        PdfText part2 = render(SampleCertificates.complete().build(),
                CertificateRequest.of(EnumSet.of(LEARNING_OUTCOMES), Locale.ENGLISH));
        assertTrue(part2.page(1).contains(EN.get("part2.title")));
        assertFalse(part2.all().contains(EN.get("part1.title")));
    }

    @Test
    void twoLanguagesGiveHeadingsInBoth() {
        PdfText text = render(SampleCertificates.complete().build(), CertificateRequest.complete(Locale.ENGLISH,
                LATVIAN));
        for (String key : List.of("part1.title", "part2.title", "part3.title", "part3.partners")) {
            assertTrue(text.all().contains(EN.get(key)), "English " + key);
            assertTrue(text.all().contains(LV.get(key)), "Latvian " + key);
        }
        // language after language: the English copy comes first and is complete
        assertTrue(text.page(1).contains(EN.get("part1.title")));
        assertTrue(text.page(text.pageCount() / 2 + 1).contains(LV.get("part1.title")));
        assertTrue(text.all().contains("Dalības apliecinājums"));
    }

    @Test
    void theQrCodeOnThePageGivesTheVerificationAddress() {
        CertificateContent content = SampleCertificates.complete().build();
        byte[] pdf = renderer.render(content, CertificateRequest.complete(Locale.ENGLISH));
        assertEquals(content.verificationUrl(), QrReader.read(pdf, 1).orElseThrow());
        assertEquals(content.verificationUrl(), QrReader.read(pdf, PdfText.of(pdf).pageCount()).orElseThrow());
    }

    @Test
    void emptyFieldsLeaveNoLabel() {
        CertificateContent content = SampleCertificates.complete(new Holder("Anna", "Liepa", null, " ", null))
                .learnerTasks(null)
                .project(new Project(null, "Bridges", "ERASMUS_PLUS", null, null, null, null, null))
                .build();
        PdfText text = render(content, CertificateRequest.of(EnumSet.of(CONFIRMATION), Locale.ENGLISH));
        for (String key : List.of("field.birth_place", "field.birth_date", "field.residence", "field.format",
                "field.project_number", "part1.tasks")) {
            assertFalse(text.all().contains(EN.get(key)), key + " shown without a value");
        }
        assertTrue(text.all().contains(EN.get("field.organisation")));
    }

    @Test
    void aNearlyEmptyCertificateStillRenders() {
        CertificateNumber number = CertificateNumber.parse("9XKC-AWFY-HRDM-YG4F").orElseThrow();
        CertificateContent content = CertificateContent.builder()
                .number(number).verificationUrl(number.verificationUrl("http://localhost:8080"))
                .issueDate(LocalDate.of(2026, 1, 5))
                .holder(new Holder("Anna", null, null, null, null))
                .project(new Project(null, null, null, null, null, null, null, null))
                .organisation(new Organisation(null, null, null))
                .build();
        PdfText text = render(content, CertificateRequest.complete(Locale.ENGLISH));
        assertEquals(3, text.pageCount());
        assertTrue(text.page(1).contains("Anna"));
        assertFalse(text.all().contains("???"));
        assertFalse(text.all().contains("null"));
    }

    @Test
    void withOneActivityTheActivityIsWhatIsShown() {
        CertificateContent content = SampleCertificates.complete()
                .activities(List.of())
                .build();
        CertificateContent single = new CertificateContent(content.number(), content.verificationUrl(),
                content.issueDate(), content.layout(), false, content.holder(), content.project(),
                content.organisation(), content.legalRepresentative(), content.responsible(),
                List.of(new Activity("Summer camp on the Daugava", "YOUTH_EXCHANGE_ACTIVITY",
                        LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 9), new Venue("Daugavpils", "LV"),
                        "Nine days by the river.")),
                content.partners(), null, content.learningOutcomes(), null, content.evidence(),
                content.references(), content.dialoguePartner());
        PdfText text = render(single, CertificateRequest.of(EnumSet.of(CONFIRMATION, PROJECT_DESCRIPTION),
                Locale.ENGLISH));
        assertTrue(text.page(1).contains("Summer camp on the Daugava"));
        assertTrue(text.page(1).contains("Nine days by the river."));
        assertTrue(text.page(1).contains("Daugavpils, Latvia"));
        assertTrue(text.page(1).contains("1 August 2026 – 9 August 2026"));
        assertFalse(text.all().contains("Bridges over the Gauja"), "the project's title replaced by the activity's");
        assertFalse(text.all().contains(EN.get("part1.activities")), "one activity is not listed");
    }

    @Test
    void codesAreTranslatedInEachLanguage() {
        PdfText text = render(SampleCertificates.complete().build(), CertificateRequest.complete(Locale.ENGLISH,
                LATVIAN));
        assertTrue(text.all().contains("Youth exchange"));
        assertTrue(text.all().contains("Jauniešu apmaiņa"), "ProjectFormat in Latvian from i18n/messages");
        assertTrue(text.all().contains("Lithuania") && text.all().contains("Lietuva"));
        assertTrue(text.all().contains("17 May 2004") && text.all().contains("2004. gada 17. maijs"));
        assertFalse(text.all().contains("YOUTH_EXCHANGE"));
    }

    @Test
    void theOlderLayoutLooksDifferent() {
        CertificateContent content = SampleCertificates.complete().layout(CertificateLayout.PROGRAMMES_2014_2020)
                .build();
        PdfText older = render(content, CertificateRequest.complete(Locale.ENGLISH));
        PdfText current = render(SampleCertificates.complete().build(), CertificateRequest.complete(Locale.ENGLISH));
        assertTrue(older.page(1).contains("2014–2020"));
        assertTrue(older.page(1).contains("YOUTHPASS") || older.page(1).contains("Y O U T H P A S S"));
        assertFalse(current.page(1).contains("2014–2020"));
    }

    @Test
    void demoCertificatesCarryTheWatermarkOnEveryPage() {
        String watermark = EN.get("demo.watermark");
        byte[] demo = renderer.render(SampleCertificates.complete().demo(true).build(),
                CertificateRequest.complete(Locale.ENGLISH, LATVIAN));
        PdfText text = PdfText.of(demo);
        for (int page = 1; page <= text.pageCount(); page++) {
            String expected = page <= text.pageCount() / 2 ? watermark : LV.get("demo.watermark");
            assertEquals(expected, text.diagonal(page), "watermark on page " + page);
        }
        PdfText real = render(SampleCertificates.complete().build(), CertificateRequest.complete(Locale.ENGLISH));
        assertEquals("", real.diagonal(1));
        assertFalse(real.all().contains(watermark));
    }

    @Test
    void aLogoThatIsNoPictureIsLeftOut() {
        CertificateContent content = SampleCertificates.complete()
                .organisation(new Organisation("Org", "LV", new byte[] {1, 2, 3, 4})).build();
        assertTrue(render(content, CertificateRequest.complete(Locale.ENGLISH)).page(1).contains("Jānis"));
    }

    @Test
    void aLanguageWithoutTextsIsRefused() {
        CertificateContent content = SampleCertificates.complete().build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(content, CertificateRequest.complete(Locale.forLanguageTag("tlh"))));
        assertTrue(refused.getMessage().contains("certificate_tlh.properties"), refused.getMessage());
    }

    @Test
    void rendersInParallelWithSharedFonts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String last = i % 2 == 0 ? "Παπαδοπούλου" : "Bērziņš";
                results.add(pool.submit(() -> PdfText.of(renderer.render(
                        SampleCertificates.complete(new Holder("N", last, null, null, null)).build(),
                        CertificateRequest.complete(Locale.ENGLISH))).page(1)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertTrue(results.get(i).get().contains(i % 2 == 0 ? "N Παπαδοπούλου" : "N Bērziņš"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

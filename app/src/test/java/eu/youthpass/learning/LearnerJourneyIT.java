package eu.youthpass.learning;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.LearnerForm;
import eu.youthpass.testing.Mailbox;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learner's way, as people go it: the organisation invites two learners with a message; the invitation mail
 * arrives in each one's language; the learner opens the link in a browser of their own (no account), writes, leaves,
 * comes back, submits; the organisation sends it back with a comment, the learner edits again with the new link and
 * resubmits, the organisation accepts. Drafts stay hidden from the organisation until submitted.
 */
class LearnerJourneyIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void inviteWriteSubmitSendBackEditAgainAccept() {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Jauniešu centrs Ventspils", "Dace", "Liepa");
        Seeds.Learner janis = Seeds.Learner.participant("Jānis", "Bērziņš", "lv,en");
        Seeds.Learner zoe = Seeds.Learner.teamMember("Ζωή", "Παπαδοπούλου", "en");
        Seeds.Learner ivan = Seeds.Learner.participant("Иван", "Петров", "en");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Voices of the Baltic", janis, zoe, ivan);
        long janisId = project.learnerIds().get(0);

        String janisLink;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/people.xhtml?project=" + project.id());
            tick(owner, "Jānis Bērziņš");
            tick(owner, "Ζωή Παπαδοπούλου");
            owner.fill("Personal message (optional)", "Paldies! Thank you for the exchange.")
                    .fillDate("Suggested deadline (optional)", "31/12/2030")
                    .click("Invite selected").waitFor("2 invitations sent.");
            assertTrue(owner.text().contains("shown only now"), owner.text());
            List<String> shown = owner.driver().findElements(By.cssSelector("input.yp-copy-link")).stream()
                    .map(e -> e.getAttribute("value")).toList();
            assertEquals(2, shown.size(), shown.toString());

            Mailbox.ReceivedMail toJanis = platform.mailbox().await(janis.email(), "aprakstiet, ko iemācījāties");
            assertEquals("lv", toJanis.language());
            assertTrue(toJanis.text().contains("Sveiki, Jānis!") && toJanis.text().contains("Paldies! Thank you for the exchange.")
                    && toJanis.text().contains("31. decembris 2030") || toJanis.text().contains("2030"), toJanis.text());
            janisLink = toJanis.firstLink();
            assertTrue(shown.contains(janisLink), "the copied link is the mailed one");
            assertTrue(janisLink.matches(".*/learn/index\\.xhtml\\?token=[A-Za-z0-9_-]{43}$"), janisLink);
            Mailbox.ReceivedMail toZoe = platform.mailbox().await(zoe.email(), "describe what you learned");
            assertEquals("en", toZoe.language());
            assertEquals(0, platform.mailbox().countTo(ivan.email()), "only the ticked people are invited");
            assertEquals(List.of("INVITED", "INVITED", "ADDED"), statuses(project));
            assertEquals(1, Seeds.query(platform, "select count(*) from learner_invitation where person_id = ? and token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                    janisId, janisLink.replaceAll(".*token=", "")).stream().mapToInt(Integer::parseInt).sum(),
                    "only the hash of the secret is stored");
        }

        // the learner, on a phone-sized browser of their own, in Latvian
        try (Browser learner = new Browser(platform.baseUrl(), "lv")) {
            learner.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            learner.openUrl(janisLink);
            assertEquals("Jūsu Youthpass", learner.title(), learner.text());
            String page = learner.text();
            assertTrue(page.contains("Sveiki, Jānis!") && page.contains("Voices of the Baltic"), page);
            assertTrue(page.contains("Paldies! Thank you for the exchange."), page);
            assertTrue(page.contains("Mūžizglītības pamatkompetences") && page.contains("Daudzvalodu kompetence")
                    && page.contains("Kultūras izpratnes un izpausmes kompetence") && page.contains("Citas kompetences"), page);
            assertFalse(page.contains("Programmu izstrādāšana"), "a young participant gets the key competences, not ETS");
            assertFalse(page.contains("Ζωή") || page.contains("Иван"), "nobody else's data");

            LearnerForm.answer(learner, "KC2_MULTILINGUAL", "Es iemācījos runāt grieķiski: “Καλημέρα”.");
            learner.waitFor("Visas izmaiņas saglabātas.");
            LearnerForm.answer(learner, "KC5_PERSONAL_SOCIAL_LEARNING", "I learned to plan my own learning.");
            learner.waitFor("Visas izmaiņas saglabātas.");
            learner.fill("Ko jūs darījāt projektā?", "Vadīju darbnīcu par podkāstiem.");
            learner.fill("Dzimšanas vieta", "Rīga");
            learner.fill("Nosaukums", "Mūsu podkāsts").fill("Tīmekļa adrese", "javascript:alert(1)").click("Pievienot saiti");
            learner.waitFor("Lūdzu, ievadiet tīmekļa adresi, kas sākas ar https:// vai http://.");
            learner.fill("Tīmekļa adrese", "https://example.org/podcast").click("Pievienot saiti");
            learner.waitFor("https://example.org/podcast");
            learner.fill("Mani mācīšanās mērķi", "Runāt angliski bez bailēm.");
            learner.fill("Kas notika, ko jūs pamanījāt vai iemācījāties?", "Pirmā diena: iepazīšanās spēles.").click("Pievienot dienasgrāmatai");
            learner.waitFor("Pirmā diena: iepazīšanās spēles.");
            learner.click("Saglabāt").waitFor("Saglabāts.");
            learner.script("window.scrollTo(0, 0);");
            learner.screenshot("learner-form-phone-lv");
        }

        // the organisation sees no draft, only the status
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/learner.xhtml?project=" + project.id() + "&id=" + janisId);
            assertTrue(owner.text().contains("Not submitted yet."), owner.text());
            assertFalse(owner.text().contains("grieķiski") || owner.text().contains("podkāst"), "drafts are the learner's");
        }

        // the learner comes back with the same link: everything is there, then submits
        try (Browser learner = new Browser(platform.baseUrl(), "lv")) {
            learner.openUrl(janisLink);
            assertEquals("Es iemācījos runāt grieķiski: “Καλημέρα”.", LearnerForm.answer(learner, "KC2_MULTILINGUAL").getAttribute("value"));
            assertEquals("Vadīju darbnīcu par podkāstiem.", learner.field("Ko jūs darījāt projektā?").getAttribute("value"));
            assertTrue(learner.text().contains("Mūsu podkāsts") && learner.text().contains("Pirmā diena: iepazīšanās spēles."), learner.text());
            learner.click("Sertifikāta priekšskatījums");
            assertEquals("Jūsu sertifikāta priekšskatījums", learner.title());
            learner.screenshot("learner-preview-lv");
            String preview = learner.textOf("preview");
            assertTrue(preview.contains("Jānis Bērziņš") && preview.contains("2. Daudzvalodu kompetence")
                    && preview.contains("Es iemācījos runāt grieķiski") && preview.contains("Mūsu podkāsts"), preview);
            assertFalse(preview.contains("Rakstpratības kompetence"), "empty competences do not appear");
            assertFalse(preview.contains("iepazīšanās spēles"), "the journal is not on the certificate");
            learner.click("← Atpakaļ uz veidlapu").click("Iesniegt pārskatīšanai").click("Jā");
            learner.waitFor("Paldies! Jūsu pašvērtējums ir iesniegts jūsu organizācijai.");
            assertTrue(learner.text().contains("Iesniegts: jūsu organizācija to pārskata."), learner.text());
            assertTrue(learner.driver().findElements(By.cssSelector("textarea[data-competence]")).isEmpty(), "no editing now");
        }

        // the organisation reads it and sends it back
        String newLink;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/learner.xhtml?project=" + project.id() + "&id=" + janisId);
            String review = owner.textOf("outcomes");
            assertTrue(review.contains("Es iemācījos runāt grieķiski: “Καλημέρα”.") && review.contains("Vadīju darbnīcu par podkāstiem."), review);
            assertFalse(owner.text().contains("iepazīšanās spēles") || owner.text().contains("Runāt angliski bez bailēm"),
                    "goals and journal stay private to the learner");
            assertTrue(owner.textOf("personalData").contains("Rīga"), owner.textOf("personalData"));
            owner.click("Send back for changes").waitFor("Please write what the learner should change.");
            owner.fill("Comment for the learner", "Lūdzu, uzraksti vairāk par digitālo kompetenci.").click("Send back for changes");
            owner.waitFor("The self-assessment was sent back");
            assertTrue(owner.textOf("status").contains("Sent back for changes"), owner.text());
            Mailbox.ReceivedMail sentBack = platform.mailbox().await(janis.email(), "lūdzu, vēlreiz apskatiet");
            assertTrue(sentBack.text().contains("Lūdzu, uzraksti vairāk par digitālo kompetenci."), sentBack.text());
            newLink = sentBack.firstLink();
            assertNotEquals(janisLink, newLink);
        }

        try (Browser learner = new Browser(platform.baseUrl(), "lv")) {
            learner.openUrl(janisLink);
            assertTrue(learner.text().contains("Šī saite vairs nedarbojas") && learner.text().contains("darbojas tikai jaunākā")
                    && learner.text().contains(org.name()), "the old link says to look for the newest: " + learner.text());
            learner.openUrl(newLink);
            assertTrue(learner.text().contains("Lūdzu, uzraksti vairāk par digitālo kompetenci."), learner.text());
            LearnerForm.answer(learner, "KC4_DIGITAL", "Montēju audio ar Audacity.");
            learner.waitFor("Visas izmaiņas saglabātas.");
            learner.click("Iesniegt pārskatīšanai").click("Jā").waitFor("Paldies!");
        }

        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/learner.xhtml?project=" + project.id() + "&id=" + janisId);
            assertTrue(owner.textOf("outcomes").contains("Montēju audio ar Audacity."), owner.textOf("outcomes"));
            owner.select("Text to correct", "Digital competence");
            new org.openqa.selenium.support.ui.WebDriverWait(owner.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> owner.field("Corrected text").getAttribute("value").contains("Audacity"));
            owner.fill("Corrected text", "Montēju audio ar Audacity un Reaper.")
                    .fill("Why (shown to the learner)", "Tu pieminēji Reaper sarunā; pievienoju.").click("Save correction");
            owner.waitFor("The correction was saved with your note.");
            assertTrue(owner.textOf("notes").contains("Before: Montēju audio ar Audacity."), owner.textOf("notes"));
            owner.screenshot("organisation-review");
            owner.click("Accept").waitFor("The self-assessment was accepted.");
            assertTrue(owner.textOf("status").contains("Accepted"), owner.text());
            owner.open("/project/view.xhtml?id=" + project.id());
            assertTrue(owner.text().contains("Accepted") && owner.text().contains("Invited"), owner.text());
        }

        try (Browser learner = new Browser(platform.baseUrl(), "lv")) {
            learner.openUrl(newLink);
            String page = learner.text();
            assertTrue(page.contains("Jūsu organizācija to apstiprināja.") && page.contains("Tu pieminēji Reaper sarunā; pievienoju.")
                    && page.contains("Montēju audio ar Audacity un Reaper."), "the learner sees the correction and why: " + page);
        }
        assertEquals(List.of("ACCEPTED", "INVITED", "ADDED"), statuses(project));
    }

    @Test
    void aTeamMemberReflectsOnTheEtsModelInEnglish() {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Youth workers’ network", "Marta", "Ozola");
        Seeds.Learner mentor = Seeds.Learner.teamMember("Ζωή", "Παπαδοπούλου", "en");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Mentoring in practice", mentor);
        String link;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/learner.xhtml?project=" + project.id() + "&id=" + project.learnerIds().get(0));
            owner.choose("Send the link by e-mail"); // unticked: a link to copy only
            owner.click("Send link").waitFor("The link is ready to copy.");
            link = owner.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
            assertTrue(owner.textOf("invite:linkState").contains("The link works."), owner.textOf("invite:linkState"));
        }
        assertEquals(0, platform.mailbox().countTo(mentor.email()), "a copied link sends no mail");
        try (Browser learner = new Browser(platform.baseUrl())) {
            learner.openUrl(link);
            String page = learner.text();
            assertTrue(page.contains("ETS competence model for youth workers to work internationally")
                    && page.contains("Facilitating individual and group learning in an enriching environment")
                    && page.contains("Being civically engaged") && page.contains("Other competences"), page);
            assertFalse(page.contains("Literacy competence"), page);
        }
    }

    /** Everyone not invited yet, beyond the first page of the list, in one go; those already invited keep their link. */
    @Test
    void inviteEveryoneNotInvitedYet() {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Big exchange association", "Rita", "Lapa");
        Seeds.Learner[] learners = new Seeds.Learner[30];
        for (int i = 0; i < learners.length; i++) {
            learners[i] = Seeds.Learner.participant("Learner", "Number " + (char) ('A' + i % 26) + i, "en");
        }
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Thirty voices", learners);
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/learner.xhtml?project=" + project.id() + "&id=" + project.learnerIds().get(0))
                    .click("Send link").waitFor("1 invitation sent.");
            owner.open("/project/people.xhtml?project=" + project.id());
            owner.click("Invite everyone not invited yet").click("Yes").waitFor("29 invitations sent.");
            owner.click("Invite everyone not invited yet").click("Yes").waitFor("Everyone has been invited already.");
        }
        assertEquals(List.of("30"), Seeds.query(platform, """
                select count(*) from person p where p.project_id = ? and p.status = 'INVITED'
                and exists (select 1 from learner_invitation i where i.person_id = p.id and i.ended_at is null)""", project.id()));
        assertEquals(List.of("30"), Seeds.query(platform, """
                select count(*) from learner_invitation i join person p on p.id = i.person_id where p.project_id = ?""", project.id()),
                "the one invited before kept their link");
        platform.mailbox().await(learners[29].email(), "describe what you learned");
    }

    private static void tick(Browser browser, String name) {
        var boxes = browser.driver().findElements(By.xpath("//tr[contains(normalize-space(.), '" + name + "')]//div[contains(@class,'ui-chkbox-box')]"));
        if (boxes.size() != 1) {
            throw new AssertionError(boxes.size() + " checkboxes in the row of " + name + ":\n" + browser.source());
        }
        boxes.get(0).click();
    }

    private List<String> statuses(Seeds.SeededProject project) {
        return project.learnerIds().stream()
                .map(id -> Seeds.query(platform, "select status from person where id = ?", id).get(0)).toList();
    }
}

package eu.youthpass.project;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor is invited to one project: they find it under the inviting organisation's name, may edit it and its
 * people, never the organisation's data or its other projects, until an administrator withdraws their access.
 */
class ProjectEditorIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void editorWorksOnTheOneProjectTheyWereInvitedToUntilAccessIsWithdrawn() {
        var organisation = Seeds.organisation(platform, "Mentoru tīkls", "Laura", "Zariņa");
        String editorEmail = People.email("mentor");
        long invitedTo;
        long other;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, organisation.owner().email(), organisation.owner().password());
            invitedTo = Journeys.createProject(owner, "2024-1-FR02-ESC51-VTJ-000199813", "Volunteering in Lyon");
            other = Journeys.createProject(owner, "2022-2-LV02-KA153-YOU-000000777", "Secret training course");

            owner.open("/project/editors.xhtml?project=" + invitedTo).fill("Colleague’s e-mail address", editorEmail)
                    .click("Send invitation");
            assertTrue(owner.text().contains("An invitation to edit this project has been sent to " + editorEmail), owner.text());

            String link = platform.mailbox().await(editorEmail, "invites you to edit a project").firstLink();
            try (Browser editor = new Browser(platform.baseUrl())) {
                Journeys.registerAndJoin(editor, platform, link, "Mārtiņš", "Mentors", editorEmail, "mentors strādā ar jauniešiem");
                assertEquals("/project/view.xhtml", editor.path());
                assertEquals("Volunteering in Lyon", editor.title());
                assertEquals(organisation.name(), Journeys.headerOrganisation(editor));
                assertFalse(editor.text().contains("History of changes"), "the history is for administrators");

                editor.open("/project/index.xhtml");
                assertTrue(editor.text().contains("Volunteering in Lyon"), editor.text());
                assertFalse(editor.text().contains("Secret training course"), editor.text());
                assertFalse(editor.text().contains("Enter new project"), editor.text());

                for (String forbidden : new String[]{"/project/view.xhtml?id=" + other, "/project/edit.xhtml?id=" + other,
                        "/project/people.xhtml?project=" + other, "/organisation/members.xhtml", "/project/new.xhtml",
                        "/project/editors.xhtml?project=" + invitedTo}) {
                    editor.open(forbidden);
                    assertEquals("Page not found", editor.title(), forbidden + ":\n" + editor.text());
                    assertFalse(editor.text().contains("Secret training course"), forbidden);
                }

                // may edit the project and add people
                editor.open("/project/edit.xhtml?id=" + invitedTo).fill("Project title", "Volunteering in Lyon and Riga").click("Save");
                assertTrue(editor.text().contains("The project is saved."), editor.text());
                editor.click("Participants and team members").click("Add a person")
                        .fill("First name", "Jānis").fill("Last name", "Bērziņš").fill("E-mail address", "janis.volunteer@example.org")
                        .select("Country of residence", "Latvia").click("Save");
                assertTrue(editor.text().contains("Jānis Bērziņš is saved."), editor.text());

                owner.open("/project/editors.xhtml?project=" + invitedTo);
                assertTrue(owner.text().contains("Mārtiņš Mentors"), owner.text());
                owner.click("Withdraw access");
                assertTrue(owner.text().contains("The editor’s access to this project has been withdrawn."), owner.text());

                editor.open("/project/view.xhtml?id=" + invitedTo);
                assertEquals("Page not found", editor.title(), editor.text());
            }
            owner.open("/project/view.xhtml?id=" + invitedTo);
            assertTrue(owner.text().contains("Editor’s access withdrawn") && owner.text().contains("Person added: Jānis Bērziņš"),
                    owner.text());
        }
    }
}

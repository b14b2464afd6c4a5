package eu.youthpass.organisation;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.Seeds.SeededOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two organisations side by side, each with members and an open invitation: what A's owner sees, chooses or follows
 * never reaches B. B's addresses are read from the database and first shown to appear on B's own page, so their
 * absence from A's pages means something.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    private final PlatformServer platform = PlatformServer.get();

    private SeededOrganisation a;
    private SeededOrganisation b;
    private List<String> secretsOfB;

    @BeforeAll
    void seedTwoOrganisationsWithMembersAndInvitations() {
        a = Seeds.organisation(platform, "Biedrība Ābele", "Alise", "Apine");
        b = Seeds.organisation(platform, "Jauniešu centrs Bērzs", "Boriss", "Bite");
        String bColleague = People.email("baiba");
        try (Browser owner = new Browser(platform.baseUrl()); Browser colleague = new Browser(platform.baseUrl())) {
            Journeys.login(owner, b.owner().email(), Seeds.PASSWORD);
            String link = Journeys.invite(owner, platform, bColleague);
            Journeys.registerAndJoin(colleague, platform, link, "Baiba", "Bērziņa", bColleague, Seeds.PASSWORD);
            Journeys.invite(owner, platform, People.email("bernards"));
        }
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, a.owner().email(), Seeds.PASSWORD);
            Journeys.invite(owner, platform, People.email("arturs"));
        }

        List<String> bMembers = Seeds.memberEmails(platform, b.id());
        List<String> bInvitations = Seeds.openInvitationEmails(platform, b.id());
        assertEquals(2, bMembers.size(), bMembers::toString);
        assertEquals(1, bInvitations.size(), bInvitations::toString);
        secretsOfB = new ArrayList<>(List.of(b.name(), b.owner().fullName(), "Baiba Bērziņa"));
        secretsOfB.addAll(bMembers);
        secretsOfB.addAll(bInvitations);
    }

    @Test
    void theMembersPageOfAListsNoneOfBsMembersOrInvitations() {
        try (Browser bOwner = new Browser(platform.baseUrl()); Browser aOwner = new Browser(platform.baseUrl())) {
            // the control: on B's own page every one of these shows
            Journeys.login(bOwner, b.owner().email(), Seeds.PASSWORD);
            bOwner.open("/organisation/members.xhtml");
            for (String secret : secretsOfB) {
                assertTrue(bOwner.text().contains(secret), "'" + secret + "' should show to B:\n" + bOwner.text());
            }

            Journeys.login(aOwner, a.owner().email(), Seeds.PASSWORD);
            aOwner.open("/organisation/members.xhtml");
            assertTrue(aOwner.textOf("members:list").contains(a.owner().email()), aOwner.text());
            assertFalse(aOwner.textOf("invite:invitations").isBlank(), "A's own open invitation shows");
            assertNothingOfB(aOwner);
            aOwner.open("/index.xhtml");
            assertNothingOfB(aOwner);
            aOwner.open("/account/profile.xhtml");
            assertNothingOfB(aOwner);
        }
    }

    @Test
    void aTamperedOrganisationSwitchIsRefusedAndAStaysInItsOwnOrganisation() throws SQLException {
        String second = People.organisation("Biedrība Ābele, Cēsu nodaļa");
        try (Browser aOwner = new Browser(platform.baseUrl())) {
            Journeys.login(aOwner, a.owner().email(), Seeds.PASSWORD);
            // the switcher shows only to people with more than one organisation
            aOwner.click("Register another organisation").fill("Organisation name", second)
                    .select("Country of the organisation", "Latvia").click("Register the organisation");
            assertEquals(second, aOwner.title());
            assertEquals(Set.of(a.name(), second), Set.copyOf(Journeys.switcherChoices(aOwner)));
            aOwner.select("Organisation", a.name()).click("Switch");
            assertEquals(a.name(), aOwner.title());

            // a hand-made request: the selected option now carries B's id
            aOwner.script("var s = document.getElementById('orgSwitch:organisation');"
                    + " s.options[s.selectedIndex].value = arguments[0];", String.valueOf(b.id()));
            aOwner.click("Switch");
            // the server answered (the options carry the real ids again) and did not switch
            long secondId = Seeds.organisationId(platform, second);
            assertEquals(Set.of(String.valueOf(a.id()), String.valueOf(secondId)), Set.copyOf(switcherValues(aOwner)));
            assertNotEquals("/error/500.xhtml", aOwner.path());
            assertFalse(aOwner.text().contains("Something went wrong"), aOwner.text());
            assertNothingOfB(aOwner);
            aOwner.open("/index.xhtml");
            assertEquals(a.name(), aOwner.title());
            assertEquals(a.name(), Journeys.headerOrganisation(aOwner));
            assertEquals(Set.of(a.name(), second), Set.copyOf(Journeys.switcherChoices(aOwner)));
            aOwner.open("/organisation/members.xhtml");
            assertTrue(aOwner.textOf("members:list").contains(a.owner().email()), aOwner.text());
            assertNothingOfB(aOwner);

            // the same with an id that is nobody's
            aOwner.script("var s = document.getElementById('orgSwitch:organisation');"
                    + " s.options[s.selectedIndex].value = arguments[0];", "999999999");
            aOwner.click("Switch");
            assertFalse(aOwner.text().contains("Something went wrong"), aOwner.text());
            aOwner.open("/index.xhtml");
            assertEquals(a.name(), aOwner.title());
        }
        assertEquals(Optional.empty(), Seeds.roleOf(platform, b.id(), a.owner().id()));
        assertNotEquals(b.id(), lastOrganisationOf(a.owner().id()));
    }

    @Test
    void aMemberOfACannotJoinBThroughBsInvitationLink() {
        String invited = People.email("beate");
        try (Browser bOwner = new Browser(platform.baseUrl()); Browser aOwner = new Browser(platform.baseUrl())) {
            Journeys.login(bOwner, b.owner().email(), Seeds.PASSWORD);
            String link = Journeys.invite(bOwner, platform, invited);

            Journeys.login(aOwner, a.owner().email(), Seeds.PASSWORD);
            aOwner.openUrl(link).click("Join");
            assertTrue(aOwner.text().contains("This invitation was sent to " + invited + "."), aOwner.text());
            assertEquals(Optional.empty(), Seeds.roleOf(platform, b.id(), a.owner().id()));

            aOwner.open("/index.xhtml");
            assertNotEquals(b.name(), aOwner.title());
            assertFalse(Journeys.switcherChoices(aOwner).contains(b.name()), Journeys.switcherChoices(aOwner)::toString);
            assertNothingOfB(aOwner);
            aOwner.open("/organisation/members.xhtml");
            assertNothingOfB(aOwner);

            bOwner.open("/organisation/members.xhtml");
            assertFalse(bOwner.textOf("members:list").contains(a.owner().email()), bOwner.text());
            assertTrue(bOwner.textOf("invite:invitations").contains(invited), "the invitation is still open for " + invited);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> switcherValues(Browser browser) {
        return (List<String>) browser.script("return Array.from(document.getElementById('orgSwitch:organisation').options)"
                + ".map(function (o) { return o.value; });");
    }

    private Long lastOrganisationOf(long accountId) throws SQLException {
        try (Connection c = platform.database().connectAsAdmin();
             PreparedStatement s = c.prepareStatement("select last_organisation_id from user_account where id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                long id = rows.getLong(1);
                return rows.wasNull() ? null : id;
            }
        }
    }

    private void assertNothingOfB(Browser browser) {
        String text = browser.text();
        String source = browser.source();
        for (String secret : secretsOfB) {
            assertFalse(text.contains(secret) || source.contains(secret),
                    "'" + secret + "' of organisation B shows on " + browser.path() + ":\n" + text);
        }
    }
}

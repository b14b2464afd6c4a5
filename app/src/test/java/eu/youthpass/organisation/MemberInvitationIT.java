package eu.youthpass.organisation;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.Mailbox.ReceivedMail;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.Seeds.Person;
import eu.youthpass.testing.Seeds.SeededOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An owner invites a colleague by e-mail; the colleague, with no account yet, registers on the way, joins, and later
 * founds an organisation of their own and switches between the two. Organisation B, seeded beside A with a member
 * and an open invitation of its own, must never show in anything A's people see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberInvitationIT {

    private final PlatformServer platform = PlatformServer.get();

    private SeededOrganisation a;
    private SeededOrganisation b;
    /** What A's people must never see of B. */
    private List<String> secretsOfB;

    @BeforeAll
    void seedTwoOrganisations() {
        a = Seeds.organisation(platform, "Biedrība Alfa", "Anna", "Alksne");
        b = Seeds.organisation(platform, "Jauniešu klubs Bravo", "Bruno", "Bērziņš");
        String bInvitee = People.email("bella");
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, b.owner().email(), Seeds.PASSWORD);
            Journeys.invite(owner, platform, bInvitee);
        }
        secretsOfB = List.of(b.name(), b.owner().fullName(), b.owner().email(), bInvitee);
        assertEquals(List.of(bInvitee), Seeds.openInvitationEmails(platform, b.id()));
    }

    @Test
    void aColleagueWithoutAnAccountRegistersThroughTheInvitationJoinsAndLaterSwitchesBetweenTwoOrganisations() {
        String email = People.email("liga");
        String password = "Līga strādā ar jauniešiem";
        try (Browser owner = new Browser(platform.baseUrl()); Browser colleague = new Browser(platform.baseUrl())) {
            Journeys.login(owner, a.owner().email(), Seeds.PASSWORD);
            owner.click("Organisation");
            assertEquals("/organisation/members.xhtml", owner.path());
            assertTrue(owner.text().contains("Invite a colleague"), owner.text());
            owner.fill("Colleague’s e-mail address", email).click("Send invitation");
            assertTrue(owner.text().contains("An invitation has been sent to " + email + "."), owner.text());
            assertTrue(owner.textOf("invite:invitations").contains(email), owner.text());

            ReceivedMail mail = platform.mailbox().await(email, "invites you to join " + a.name());
            assertTrue(mail.subject().startsWith("Anna Alksne invites you"), mail.subject());
            String link = mail.firstLink();
            assertTrue(link.startsWith(platform.url("/organisation/join.xhtml?token=")), link);

            // someone with no account: the link opens, says where it leads and offers both ways in
            colleague.openUrl(link);
            assertEquals("/organisation/join.xhtml", colleague.path());
            assertTrue(colleague.text().contains("You have been invited to join " + a.name() + "."), colleague.text());
            colleague.click("Register to join");
            assertEquals("/register.xhtml", colleague.path());
            assertTrue(colleague.text().contains("You are registering to join " + a.name() + "."), colleague.text());
            assertFalse(colleague.hasField("Organisation name"), "no organisation fields when joining");
            assertFalse(colleague.hasField("Country of the organisation"), "no organisation fields when joining");
            assertEquals(email, colleague.field("E-mail address").getAttribute("value"), "the invited address is filled in");
            colleague.fill("First name", "Līga").fill("Last name", "Ozola").fill("Password", password).click("Register");
            assertTrue(colleague.text().contains("We have sent you an e-mail"), colleague.text());

            colleague.openUrl(platform.mailbox().await(email, "Confirm your e-mail").firstLink());
            assertTrue(colleague.text().contains("your account is active"), colleague.text());
            colleague.click("Log in and join the organisation");
            assertEquals("/login.xhtml", colleague.path());
            assertTrue(colleague.text().contains("Log in to join " + a.name() + "."), colleague.text());
            colleague.fill("E-mail address", email).fill("Password", password).click("Log in");
            assertEquals("/organisation/join.xhtml", colleague.path());
            colleague.click("Join");
            assertEquals("/index.xhtml", colleague.path());
            assertTrue(colleague.text().contains("You are now a member of " + a.name() + "."), colleague.text());
            assertEquals(a.name(), colleague.title());
            assertEquals(a.name(), Journeys.headerOrganisation(colleague));
            Person liga = Seeds.person(platform, email, "Līga", "Ozola", password);
            assertEquals(Optional.of("MEMBER"), Seeds.roleOf(platform, a.id(), liga.id()));

            // a member who is not an owner sees the members, not the owner's tools
            colleague.click("Organisation");
            String members = colleague.textOf("members:list");
            assertTrue(members.contains("Līga Ozola") && members.contains(email) && members.contains("Member"), members);
            assertTrue(members.contains(a.owner().fullName()) && members.contains(a.owner().email()), members);
            assertFalse(colleague.text().contains("Invite a colleague"), colleague.text());
            assertFalse(colleague.hasField("Colleague’s e-mail address"), "a member cannot invite");
            assertFalse(colleague.text().contains("Make owner") || colleague.text().contains("Remove"), colleague.text());
            assertFalse(colleague.hasField("Organisation name"), "a member cannot rename the organisation");
            assertNothingOfB(colleague);

            // the owner sees the new member, and the invitation is no longer open
            owner.open("/organisation/members.xhtml");
            assertTrue(owner.textOf("members:list").contains(email), owner.text());
            assertFalse(owner.textOf("invite:invitations").contains(email), owner.text());
            assertNothingOfB(owner);

            // the link worked once
            colleague.openUrl(link);
            assertTrue(colleague.text().contains("This invitation is not valid any more"), colleague.text());

            // the colleague founds an organisation of their own and switches between the two
            String own = People.organisation("Informal youth group Cēsis Rising");
            colleague.open("/index.xhtml").click("Register another organisation")
                    .fill("Organisation name", own).select("Country of the organisation", "Estonia")
                    .click("Register the organisation");
            assertTrue(colleague.text().contains("The organisation " + own + " is registered and you are its owner."),
                    colleague.text());
            assertEquals(own, colleague.title());
            assertEquals(List.of(a.name(), own), Journeys.switcherChoices(colleague));
            assertEquals(own, Journeys.headerOrganisation(colleague));

            colleague.select("Organisation", a.name()).click("Switch");
            assertTrue(colleague.text().contains("You are now working for " + a.name() + "."), colleague.text());
            assertEquals(a.name(), colleague.title());
            assertEquals(a.name(), Journeys.headerOrganisation(colleague));
            colleague.click("Organisation");
            assertTrue(colleague.textOf("members:list").contains(a.owner().email()), colleague.text());
            assertFalse(colleague.hasField("Colleague’s e-mail address"), "still only a member in A");

            colleague.select("Organisation", own).click("Switch");
            assertEquals(own, colleague.title());
            colleague.click("Organisation");
            assertTrue(colleague.hasField("Colleague’s e-mail address"), "the owner of the new organisation may invite");
            assertFalse(colleague.textOf("members:list").contains(a.owner().email()), colleague.text());
            assertNothingOfB(colleague);
        }
    }

    @Test
    void anInvitationOpenedByAnotherSignedInAccountSaysWhomItWasSentToAndChangesNothing() {
        String invited = People.email("karlis");
        try (Browser owner = new Browser(platform.baseUrl()); Browser other = new Browser(platform.baseUrl())) {
            Journeys.login(owner, a.owner().email(), Seeds.PASSWORD);
            String link = Journeys.invite(owner, platform, invited);

            Journeys.login(other, b.owner().email(), Seeds.PASSWORD);
            other.openUrl(link);
            assertTrue(other.text().contains("You have been invited to join " + a.name() + "."), other.text());
            other.click("Join");
            assertTrue(other.text().contains("This invitation was sent to " + invited + "."), other.text());
            assertEquals(Optional.empty(), Seeds.roleOf(platform, a.id(), b.owner().id()));
            other.open("/index.xhtml");
            assertEquals(b.name(), other.title());
            assertEquals(b.name(), Journeys.headerOrganisation(other));

            // the link still works for the person it was sent to
            assertTrue(Seeds.openInvitationEmails(platform, a.id()).contains(invited));
            owner.open("/organisation/members.xhtml");
            assertTrue(owner.textOf("invite:invitations").contains(invited), owner.text());
            assertFalse(owner.textOf("members:list").contains(b.owner().email()), owner.text());
        }
    }

    @Test
    void aWithdrawnInvitationLinkIsNotValidAnyMore() {
        String invited = People.email("martins");
        try (Browser owner = new Browser(platform.baseUrl()); Browser stranger = new Browser(platform.baseUrl())) {
            Journeys.login(owner, a.owner().email(), Seeds.PASSWORD);
            String link = Journeys.invite(owner, platform, invited);
            owner.clickInRow(invited, "Withdraw");
            assertTrue(owner.text().contains("The invitation has been withdrawn."), owner.text());
            assertFalse(owner.textOf("invite:invitations").contains(invited), owner.text());
            assertFalse(Seeds.openInvitationEmails(platform, a.id()).contains(invited));

            stranger.openUrl(link);
            assertTrue(stranger.text().contains("This invitation is not valid any more"), stranger.text());
            assertFalse(stranger.text().contains(a.name()), "an invalid link names no organisation: " + stranger.text());
            assertFalse(stranger.text().contains("Register to join") || stranger.text().contains("Log in to join"),
                    stranger.text());

            // nor does registering with it lead into the organisation
            String token = link.substring(link.indexOf("token=") + "token=".length());
            stranger.open("/register.xhtml?join=" + token);
            assertFalse(stranger.text().contains("registering to join"), stranger.text());
            assertTrue(stranger.hasField("Organisation name"), "an ordinary registration");
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

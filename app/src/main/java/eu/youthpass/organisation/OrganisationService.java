package eu.youthpass.organisation;

import eu.youthpass.account.AccountRepository;
import eu.youthpass.account.CurrentUser;
import eu.youthpass.account.UserAccount;
import eu.youthpass.platform.config.Settings;
import eu.youthpass.platform.mail.Mail;
import eu.youthpass.platform.mail.Mailer;
import eu.youthpass.platform.security.SecretToken;
import eu.youthpass.platform.tenancy.DatabaseScope;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.platform.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The current organisation's members and invitations, for the signed-in user. */
@ApplicationScoped
@Transactional
@TenantData
public class OrganisationService {

    @Inject
    CurrentUser currentUser;

    @Inject
    MembershipRepository memberships;

    @Inject
    AccountRepository accounts;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    DatabaseScope scope;

    @PersistenceContext
    EntityManager em;

    public Organisation current() {
        requireAdministrator();
        return memberships.organisation(currentUser.organisationId()).orElseThrow(NotFoundException::new);
    }

    public List<Membership> members() {
        requireAdministrator();
        return memberships.ofOrganisation(currentUser.organisationId());
    }

    public List<MembershipInvitation> openInvitations() {
        return memberships.openInvitations(currentUser.organisationId(), Instant.now());
    }

    public enum InviteOutcome { SENT, ALREADY_MEMBER }

    /** Owners invite a colleague by e-mail; inviting the same address again replaces the earlier link. */
    public InviteOutcome invite(String email, Locale mailLocale) {
        Membership me = requireOwner();
        long organisationId = me.getOrganisation().getId();
        String normalised = UserAccount.normaliseEmail(email);
        boolean member = memberships.ofOrganisation(organisationId).stream()
                .anyMatch(m -> m.getAccount().getEmail().equals(normalised));
        if (member) {
            return InviteOutcome.ALREADY_MEMBER;
        }
        Instant now = Instant.now();
        memberships.openInvitations(organisationId, now).stream()
                .filter(i -> i.getEmail().equals(normalised)).forEach(i -> i.revoke(now));
        SecretToken token = SecretToken.generate();
        memberships.add(new MembershipInvitation(me.getOrganisation(), normalised, me.getAccount(), token.hash()));
        Locale locale = accounts.byEmail(normalised).map(UserAccount::getLocale).orElse(mailLocale);
        mailer.send(Mail.compose(normalised, locale, "member_invitation",
                me.getAccount().getFullName(), me.getOrganisation().getName(),
                settings.baseUrl() + "/organisation/join.xhtml?token=" + token.value(),
                MembershipInvitation.VALIDITY.toDays()));
        return InviteOutcome.SENT;
    }

    public void revokeInvitation(long invitationId) {
        requireOwner();
        memberships.invitation(currentUser.organisationId(), invitationId)
                .orElseThrow(NotFoundException::new).revoke(Instant.now());
    }

    /** Owners remove members; nobody removes the last owner, so an organisation always has one. */
    public boolean removeMember(long membershipId) {
        requireOwner();
        Membership member = memberships.one(currentUser.organisationId(), membershipId).orElseThrow(NotFoundException::new);
        if (member.isOwner() && memberships.owners(currentUser.organisationId()) <= 1) {
            return false;
        }
        memberships.remove(member);
        return true;
    }

    /** Makes another member an owner too (several owners share the account holder's rights). */
    public void makeOwner(long membershipId) {
        requireOwner();
        memberships.one(currentUser.organisationId(), membershipId).orElseThrow(NotFoundException::new)
                .changeRole(MemberRole.OWNER);
    }

    public void rename(String name, String country) {
        requireOwner().getOrganisation().rename(name, country);
    }

    /** The signed-in user's membership when they own the current organisation; anyone else gets "not found". */
    public Membership owner() {
        return requireOwner();
    }

    /** Checks that the caller is a member of the organisation; another organisation's id is "not found". */
    public void requireMembershipOf(long organisationId) {
        memberships.ofUserIn(organisationId, currentUser.userId()).orElseThrow(NotFoundException::new);
    }

    /** A signed-in user founds another organisation (they may act for several) and becomes its owner. */
    public long createOrganisation(String name, String country) {
        UserAccount me = accounts.byId(currentUser.userId()).orElseThrow();
        Organisation organisation = new Organisation(name, country);
        em.persist(organisation);
        em.flush();
        scope.enterOrganisation(organisation.getId(), me.getId());
        memberships.add(new Membership(organisation, me, MemberRole.OWNER));
        return organisation.getId();
    }

    /** Editors of a project see nothing of the organisation's own data. */
    private void requireAdministrator() {
        if (!currentUser.isAdministrator()) {
            throw new NotFoundException();
        }
    }

    private Membership requireOwner() {
        Membership me = memberships.ofUserIn(currentUser.organisationId(), currentUser.userId())
                .orElseThrow(NotFoundException::new);
        if (!me.isOwner()) {
            throw new NotFoundException();
        }
        return me;
    }
}

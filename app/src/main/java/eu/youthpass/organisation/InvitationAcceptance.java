package eu.youthpass.organisation;

import eu.youthpass.account.AccountRepository;
import eu.youthpass.account.UserAccount;
import eu.youthpass.platform.security.SecretToken;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * The join link: found by its secret before any organisation is known, so the lookup runs under platform scope;
 * everything after it runs in the inviting organisation's scope.
 */
@ApplicationScoped
@Transactional
public class InvitationAcceptance {

    @Inject
    MembershipRepository memberships;

    @Inject
    AccountRepository accounts;

    @Inject
    DatabaseScope scope;

    public record OpenInvitation(long organisationId, String organisationName, String email) {
    }

    public enum Outcome { JOINED, ALREADY_MEMBER, WRONG_ACCOUNT, INVALID }

    public Optional<OpenInvitation> open(String token) {
        scope.enterPlatform(null);
        return memberships.invitationByTokenHash(SecretToken.hashOf(token))
                .filter(i -> i.isOpen(Instant.now()))
                .map(i -> new OpenInvitation(i.getOrganisation().getId(), i.getOrganisation().getName(), i.getEmail()));
    }

    /** Joins when the signed-in account has the invited address, so a forwarded link is no way in. */
    public Outcome accept(String token, long userId) {
        scope.enterPlatform(userId);
        Optional<MembershipInvitation> found = memberships.invitationByTokenHash(SecretToken.hashOf(token))
                .filter(i -> i.isOpen(Instant.now()));
        if (found.isEmpty()) {
            return Outcome.INVALID;
        }
        MembershipInvitation invitation = found.get();
        UserAccount account = accounts.byId(userId).orElseThrow();
        if (!account.getEmail().equals(invitation.getEmail())) {
            return Outcome.WRONG_ACCOUNT;
        }
        long organisationId = invitation.getOrganisation().getId();
        scope.enterOrganisation(organisationId, userId);
        if (memberships.ofUserIn(organisationId, userId).isPresent()) {
            invitation.accept(Instant.now());
            return Outcome.ALREADY_MEMBER;
        }
        memberships.add(new Membership(invitation.getOrganisation(), account, invitation.getRole()));
        invitation.accept(Instant.now());
        account.rememberOrganisation(organisationId);
        return Outcome.JOINED;
    }
}

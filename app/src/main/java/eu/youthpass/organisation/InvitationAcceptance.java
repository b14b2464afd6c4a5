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

    public record OpenInvitation(long organisationId, String organisationName, String email, Long projectId) {
    }

    public enum Outcome { JOINED, ALREADY_MEMBER, WRONG_ACCOUNT, INVALID }

    /** An editor gets (or keeps) an EDITOR membership and the right to this one project. */
    private Outcome acceptEditing(MembershipInvitation invitation, UserAccount account, Optional<Membership> existing) {
        invitation.accept(Instant.now());
        account.rememberOrganisation(invitation.getOrganisation().getId());
        if (existing.isPresent() && existing.get().getRole().administers()) {
            return Outcome.ALREADY_MEMBER;
        }
        Membership membership = existing.orElseGet(() -> {
            Membership editor = new Membership(invitation.getOrganisation(), account, MemberRole.EDITOR);
            memberships.add(editor);
            memberships.flush();
            return editor;
        });
        memberships.grant(membership, invitation.getProjectId());
        return Outcome.JOINED;
    }

    public Optional<OpenInvitation> open(String token) {
        scope.enterPlatform(null);
        return memberships.invitationByTokenHash(SecretToken.hashOf(token))
                .filter(i -> i.isOpen(Instant.now()))
                .map(i -> new OpenInvitation(i.getOrganisation().getId(), i.getOrganisation().getName(), i.getEmail(),
                        i.getProjectId()));
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
        Optional<Membership> existing = memberships.ofUserIn(organisationId, userId);
        if (invitation.getProjectId() != null) {
            return acceptEditing(invitation, account, existing);
        }
        if (existing.isPresent() && existing.get().getRole().administers()) {
            invitation.accept(Instant.now());
            return Outcome.ALREADY_MEMBER;
        }
        if (existing.isPresent()) {
            existing.get().changeRole(invitation.getRole()); // an editor becomes a full member
            invitation.accept(Instant.now());
            account.rememberOrganisation(organisationId);
            return Outcome.JOINED;
        }
        memberships.add(new Membership(invitation.getOrganisation(), account, invitation.getRole()));
        invitation.accept(Instant.now());
        account.rememberOrganisation(organisationId);
        return Outcome.JOINED;
    }
}

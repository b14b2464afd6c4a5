package eu.youthpass.account;

import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.MembershipRepository;
import eu.youthpass.organisation.OrganisationChoice;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Builds the session snapshot of a user: their account and the organisations they belong to. */
@ApplicationScoped
@Transactional
public class SignedInUsers {

    @Inject
    AccountRepository accounts;

    @Inject
    MembershipRepository memberships;

    @Inject
    DatabaseScope scope;

    /**
     * @param wantedOrganisation the organisation to work in; ignored unless the user is a member of it, in which
     *                           case it is also remembered for the next login
     */
    public SignedInUser forAccount(long userId, Long wantedOrganisation) {
        scope.enterOrganisation(null, userId);
        UserAccount account = accounts.byId(userId).orElseThrow();
        List<Membership> mine = memberships.ofUser(userId);
        Optional<Membership> current = pick(mine, wantedOrganisation)
                .or(() -> pick(mine, account.getLastOrganisationId()))
                .or(() -> mine.stream().findFirst());
        current.ifPresent(m -> account.rememberOrganisation(m.getOrganisation().getId()));
        return new SignedInUser(account.getId(), account.getEmail(), account.getFullName(), account.getLocale(),
                account.isHelpdesk(),
                current.map(m -> m.getOrganisation().getId()).orElse(null),
                current.map(m -> m.getOrganisation().getName()).orElse(null),
                current.map(Membership::isOwner).orElse(false),
                current.map(Membership::getId).orElse(null),
                current.map(Membership::getRole).orElse(null),
                mine.stream().map(m -> new OrganisationChoice(m.getOrganisation().getId(),
                        m.getOrganisation().getName(), m.getRole())).toList());
    }

    private static Optional<Membership> pick(List<Membership> mine, Long organisationId) {
        return organisationId == null ? Optional.empty()
                : mine.stream().filter(m -> m.getOrganisation().getId().equals(organisationId)).findFirst();
    }
}

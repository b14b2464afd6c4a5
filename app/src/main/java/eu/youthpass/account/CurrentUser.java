package eu.youthpass.account;

import eu.youthpass.organisation.OrganisationChoice;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Who is signed in in this session and which of their organisations they are working in. Filled from the
 * authenticated caller on first use and refreshed after login, a switch or a change of details.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The caller comes from the request, not SecurityContext, which fails inside error-page dispatches. */
    @Inject
    transient HttpServletRequest request;

    @Inject
    transient SignedInUsers signedInUsers;

    private SignedInUser user;

    public boolean isSignedIn() {
        return load().isPresent();
    }

    public Optional<SignedInUser> load() {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            user = null;
            return Optional.empty();
        }
        if (user == null || !user.userId().toString().equals(caller.getName())) {
            user = signedInUsers.forAccount(Long.parseLong(caller.getName()), null);
        }
        return Optional.of(user);
    }

    /** Reloads names, language and organisations, optionally moving to another organisation of the user's. */
    public void refresh(Long organisationId) {
        load().ifPresent(u -> user = signedInUsers.forAccount(u.userId(),
                organisationId == null ? u.organisationId() : organisationId));
    }

    public SignedInUser get() {
        return load().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public Long userIdOrNull() {
        return load().map(SignedInUser::userId).orElse(null);
    }

    public Long organisationIdOrNull() {
        return load().map(SignedInUser::organisationId).orElse(null);
    }

    public long organisationId() {
        Long id = organisationIdOrNull();
        if (id == null) {
            throw new NoOrganisationException();
        }
        return id;
    }

    public long userId() {
        return get().userId();
    }

    public boolean isOwner() {
        return load().map(SignedInUser::owner).orElse(false);
    }

    /** False for editors, who see only the projects they were invited to. */
    public boolean isAdministrator() {
        return load().map(SignedInUser::administers).orElse(false);
    }

    public boolean isHelpdesk() {
        return load().map(SignedInUser::helpdesk).orElse(false);
    }

    public List<OrganisationChoice> getOrganisations() {
        return load().map(SignedInUser::organisations).orElse(List.of());
    }

    public void forget() {
        user = null;
    }
}

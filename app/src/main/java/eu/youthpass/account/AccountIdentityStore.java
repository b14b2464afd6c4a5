package eu.youthpass.account;

import eu.youthpass.platform.security.PasswordHasher;
import eu.youthpass.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;
import java.util.Set;

/**
 * Checks an e-mail and password against the accounts table. The caller's name is the account id, which stays
 * stable when the person changes their e-mail address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<UserAccount> found = accounts.byEmail(credential.getCaller());
        if (found.isEmpty()) {
            hasher.spendTimeOfOneCheck(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!hasher.matches(password, account.getPasswordHash()) || !account.canSignIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getId().toString(),
                Set.of(account.isHelpdesk() ? Roles.HELPDESK : Roles.USER));
    }
}

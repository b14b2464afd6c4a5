package eu.youthpass.account;

import eu.youthpass.organisation.MemberRole;
import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.Organisation;
import eu.youthpass.platform.config.Settings;
import eu.youthpass.platform.mail.Mail;
import eu.youthpass.platform.mail.Mailer;
import eu.youthpass.platform.security.PasswordHasher;
import eu.youthpass.platform.security.SecretToken;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts from registration to password reset. Answers never reveal whether an e-mail address has an account:
 * registering a known address, or asking to reset an unknown one, looks the same to the caller.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    DatabaseScope scope;

    @PersistenceContext
    EntityManager em;

    /** Creates the account (waiting for confirmation), its organisation with the newcomer as owner, and sends the link. */
    public void register(Registration form, String joinToken) {
        Instant now = Instant.now();
        Optional<UserAccount> existing = accounts.byEmail(form.email());
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.canSignIn()) {
                mailer.send(Mail.compose(account.getEmail(), account.getLocale(), "already_registered",
                        account.getFirstName(), link("/forgot-password.xhtml")));
            } else {
                sendConfirmation(account, now, joinToken);
            }
            return;
        }
        UserAccount account = new UserAccount(form.email(), form.firstName(), form.lastName(),
                hasher.hash(form.password()), form.locale());
        accounts.add(account);
        if (form.organisationName() != null) {
            Organisation organisation = new Organisation(form.organisationName(), form.organisationCountry());
            em.persist(organisation);
            em.flush();
            scope.enterOrganisation(organisation.getId(), account.getId());
            em.persist(new Membership(organisation, account, MemberRole.OWNER));
            account.rememberOrganisation(organisation.getId());
        }
        sendConfirmation(account, now, joinToken);
    }

    /** The confirmation link carries a pending invitation along, so the newcomer lands on the join page. */
    private void sendConfirmation(UserAccount account, Instant now, String joinToken) {
        accounts.useUpOpenTokens(account, TokenPurpose.CONFIRM_EMAIL, now);
        SecretToken token = SecretToken.generate();
        accounts.add(new AccountToken(account, TokenPurpose.CONFIRM_EMAIL, token.hash(), now));
        mailer.send(Mail.compose(account.getEmail(), account.getLocale(), "confirm",
                account.getFirstName(), link("/confirm.xhtml?token=" + token.value()
                        + (joinToken == null ? "" : "&join=" + joinToken)),
                TokenPurpose.CONFIRM_EMAIL.validity().toDays()));
    }

    /** Activates the account of a valid confirmation link; the link then stops working. */
    public Optional<UserAccount> confirm(String token) {
        Instant now = Instant.now();
        return accounts.usableToken(SecretToken.hashOf(token), TokenPurpose.CONFIRM_EMAIL, now).map(t -> {
            t.use(now);
            t.getAccount().confirmEmail();
            return t.getAccount();
        });
    }

    /** Sends a reset link if the account exists; the caller shows the same answer either way. */
    public void requestPasswordReset(String email, Locale pageLocale) {
        Instant now = Instant.now();
        accounts.byEmail(email).filter(a -> a.getStatus() != AccountStatus.DISABLED).ifPresent(account -> {
            accounts.useUpOpenTokens(account, TokenPurpose.RESET_PASSWORD, now);
            SecretToken token = SecretToken.generate();
            accounts.add(new AccountToken(account, TokenPurpose.RESET_PASSWORD, token.hash(), now));
            mailer.send(Mail.compose(account.getEmail(), account.getLocale(), "reset",
                    account.getFirstName(), link("/reset-password.xhtml?token=" + token.value()), 60));
        });
    }

    public boolean isResetTokenUsable(String token) {
        return accounts.usableToken(SecretToken.hashOf(token), TokenPurpose.RESET_PASSWORD, Instant.now()).isPresent();
    }

    /** Sets the new password from a valid reset link (which also proves the e-mail address). */
    public Optional<UserAccount> resetPassword(String token, String newPassword) {
        Instant now = Instant.now();
        return accounts.usableToken(SecretToken.hashOf(token), TokenPurpose.RESET_PASSWORD, now).map(t -> {
            t.use(now);
            UserAccount account = t.getAccount();
            account.changePassword(hasher.hash(newPassword));
            account.confirmEmail();
            mailer.send(Mail.compose(account.getEmail(), account.getLocale(), "password_changed",
                    account.getFirstName(), link("/forgot-password.xhtml")));
            return account;
        });
    }

    public UserAccount account(long userId) {
        return accounts.byId(userId).orElseThrow();
    }

    public void changeDetails(long userId, String firstName, String lastName, Locale locale) {
        account(userId).changeDetails(firstName, lastName, locale);
    }

    public void changeLocale(long userId, Locale locale) {
        accounts.byId(userId).ifPresent(a -> a.changeLocale(locale));
    }

    /** False when the current password is wrong; then nothing changes. */
    public boolean changePassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = account(userId);
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            return false;
        }
        account.changePassword(hasher.hash(newPassword));
        mailer.send(Mail.compose(account.getEmail(), account.getLocale(), "password_changed",
                account.getFirstName(), link("/forgot-password.xhtml")));
        return true;
    }

    private String link(String path) {
        return settings.baseUrl() + path;
    }
}

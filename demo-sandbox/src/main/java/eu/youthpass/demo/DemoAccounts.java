package eu.youthpass.demo;

import eu.youthpass.account.AccountRepository;
import eu.youthpass.account.UserAccount;
import eu.youthpass.platform.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Logins that belong to the demo (table {@code demo_account}): the shared login today. They are platform data, not an
 * organisation's; the wipe keeps them and their memberships and puts their name, language and password back.
 */
@ApplicationScoped
@Transactional
public class DemoAccounts {

    public static final String SHARED = "SHARED";
    static final String FIRST_NAME = "Demo";
    static final String LAST_NAME = "User";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoSettings settings;

    /** The shared login as the settings describe it, created or put back: active, named, with the configured password. */
    public UserAccount sharedLogin() {
        UserAccount account = accounts.byEmail(settings.login()).orElseGet(() -> {
            UserAccount created = new UserAccount(settings.login(), FIRST_NAME, LAST_NAME,
                    hasher.hash(settings.password()), Locale.ENGLISH);
            accounts.add(created);
            em.flush();
            return created;
        });
        account.confirmEmail();
        if (!hasher.matches(settings.password(), account.getPasswordHash())) {
            account.changePassword(hasher.hash(settings.password()));
        }
        if (!account.getFirstName().equals(FIRST_NAME) || !account.getLastName().equals(LAST_NAME)) {
            account.changeDetails(FIRST_NAME, LAST_NAME, account.getLocale());
        }
        register(account.getId(), SHARED);
        return account;
    }

    /** The shared login's language for the visitor about to log in with it (see SharedLoginLanguageFilter). */
    public void speakToSharedLoginIn(Locale language) {
        accounts.byEmail(settings.login()).filter(a -> !a.getLocale().equals(language)).ifPresent(a -> a.changeLocale(language));
    }

    public boolean isDemoAccount(long accountId) {
        return !em.createNativeQuery("select 1 from demo_account where user_id = ?1")
                .setParameter(1, accountId).getResultList().isEmpty();
    }

    public boolean isTrainer(long accountId) {
        return !em.createNativeQuery("select 1 from demo_account where user_id = ?1 and kind = 'TRAINER'")
                .setParameter(1, accountId).getResultList().isEmpty();
    }

    private void register(long accountId, String kind) {
        if (!isDemoAccount(accountId)) {
            em.createNativeQuery("insert into demo_account (user_id, kind, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, accountId).setParameter(2, kind).setParameter(3, now())
                    .executeUpdate();
        }
    }

    static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}

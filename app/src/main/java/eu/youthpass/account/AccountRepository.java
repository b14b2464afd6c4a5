package eu.youthpass.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** Accounts are platform data: found by id or e-mail, never by organisation. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public Optional<UserAccount> byEmail(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public void add(AccountToken token) {
        em.persist(token);
    }

    public Optional<AccountToken> usableToken(String hash, TokenPurpose purpose, Instant now) {
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", hash)
                .setParameter("purpose", purpose)
                .getResultStream().filter(t -> t.isUsable(now)).findFirst();
    }

    /** Ends every open link of this kind, so only the newest one sent works. */
    public void useUpOpenTokens(UserAccount account, TokenPurpose purpose, Instant now) {
        em.createNamedQuery(AccountToken.OPEN_FOR_ACCOUNT, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultStream().forEach(t -> t.use(now));
    }
}

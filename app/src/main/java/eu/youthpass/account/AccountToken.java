package eu.youthpass.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A single-use, expiring link sent by mail; only the hash of its secret is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH,
        query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash and t.purpose = :purpose")
@NamedQuery(name = AccountToken.OPEN_FOR_ACCOUNT,
        query = "select t from AccountToken t where t.account = :account and t.purpose = :purpose and t.usedAt is null")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_FOR_ACCOUNT = "AccountToken.openForAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountToken() {
    }

    public AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }
}

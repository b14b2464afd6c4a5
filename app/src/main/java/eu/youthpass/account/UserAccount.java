package eu.youthpass.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A person with a login. Not tenant data: one account may be a member of several organisations. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where u.email = :email")
public class UserAccount {

    public static final String BY_EMAIL = "UserAccount.byEmail";
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "first_name", nullable = false, length = NAME_MAX_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX_LENGTH)
    private String lastName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(nullable = false)
    private boolean helpdesk;

    @Column(name = "last_organisation_id")
    private Long lastOrganisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String firstName, String lastName, String passwordHash, Locale locale) {
        this.email = normaliseEmail(email);
        this.firstName = firstName;
        this.lastName = lastName;
        this.passwordHash = passwordHash;
        this.locale = locale.toLanguageTag();
        this.status = AccountStatus.PENDING_CONFIRMATION;
        this.createdAt = Instant.now();
    }

    public static UserAccount helpdesk(String email, String passwordHash) {
        UserAccount account = new UserAccount(email, "Helpdesk", "Youthpass", passwordHash, Locale.ENGLISH);
        account.helpdesk = true;
        account.status = AccountStatus.ACTIVE;
        return account;
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void confirmEmail() {
        if (status == AccountStatus.PENDING_CONFIRMATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeDetails(String firstName, String lastName, Locale locale) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.locale = locale.toLanguageTag();
    }

    public void changeLocale(Locale locale) {
        this.locale = locale.toLanguageTag();
    }

    public void rememberOrganisation(Long organisationId) {
        this.lastOrganisationId = organisationId;
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isHelpdesk() {
        return helpdesk;
    }

    public Long getLastOrganisationId() {
        return lastOrganisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}

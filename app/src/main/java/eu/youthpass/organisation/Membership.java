package eu.youthpass.organisation;

import eu.youthpass.account.UserAccount;
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

/** A user's place in an organisation (tenant data). */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.OF_ORGANISATION, query = """
        select m from Membership m join fetch m.account
        where m.organisation.id = :organisation order by m.account.lastName, m.account.firstName""")
@NamedQuery(name = Membership.OF_USER, query = """
        select m from Membership m join fetch m.organisation
        where m.account.id = :user order by m.organisation.name""")
@NamedQuery(name = Membership.ONE, query = """
        select m from Membership m join fetch m.account join fetch m.organisation
        where m.organisation.id = :organisation and m.id = :id""")
@NamedQuery(name = Membership.OF_USER_IN, query = """
        select m from Membership m join fetch m.organisation
        where m.organisation.id = :organisation and m.account.id = :user""")
@NamedQuery(name = Membership.COUNT_OWNERS, query = """
        select count(m) from Membership m where m.organisation.id = :organisation and m.role = eu.youthpass.organisation.MemberRole.OWNER""")
public class Membership {

    public static final String OF_ORGANISATION = "Membership.ofOrganisation";
    public static final String OF_USER = "Membership.ofUser";
    public static final String ONE = "Membership.one";
    public static final String OF_USER_IN = "Membership.ofUserIn";
    public static final String COUNT_OWNERS = "Membership.countOwners";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", updatable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    public Membership(Organisation organisation, UserAccount account, MemberRole role) {
        this.organisation = organisation;
        this.account = account;
        this.role = role;
        this.joinedAt = Instant.now();
    }

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }

    public void changeRole(MemberRole role) {
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UserAccount getAccount() {
        return account;
    }

    public MemberRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}

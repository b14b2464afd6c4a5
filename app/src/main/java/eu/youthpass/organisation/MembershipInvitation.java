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

import java.time.Duration;
import java.time.Instant;

/** An owner's invitation to a colleague to join the organisation; the link carries a secret whose hash is kept. */
@Entity
@Table(name = "membership_invitation")
@NamedQuery(name = MembershipInvitation.OPEN_OF_ORGANISATION, query = """
        select i from MembershipInvitation i where i.organisation.id = :organisation and i.projectId is null
        and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now order by i.createdAt desc""")
@NamedQuery(name = MembershipInvitation.BY_HASH, query = """
        select i from MembershipInvitation i join fetch i.organisation where i.tokenHash = :hash""")
@NamedQuery(name = MembershipInvitation.ONE, query = """
        select i from MembershipInvitation i where i.organisation.id = :organisation and i.id = :id""")
public class MembershipInvitation {

    public static final String OPEN_OF_ORGANISATION = "MembershipInvitation.openOfOrganisation";
    public static final String BY_HASH = "MembershipInvitation.byHash";
    public static final String ONE = "MembershipInvitation.one";
    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_invitation_seq")
    @SequenceGenerator(name = "membership_invitation_seq", sequenceName = "membership_invitation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    /** Set for an editor's invitation: the project they are invited to. */
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private UserAccount invitedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MembershipInvitation() {
    }

    public MembershipInvitation(Organisation organisation, String email, UserAccount invitedBy, String tokenHash) {
        this.organisation = organisation;
        this.email = UserAccount.normaliseEmail(email);
        this.role = MemberRole.MEMBER;
        this.invitedBy = invitedBy;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    /** An invitation to edit one project, not to join the organisation. */
    public static MembershipInvitation toEdit(Organisation organisation, long projectId, String email,
                                              UserAccount invitedBy, String tokenHash) {
        MembershipInvitation invitation = new MembershipInvitation(organisation, email, invitedBy, tokenHash);
        invitation.role = MemberRole.EDITOR;
        invitation.projectId = projectId;
        return invitation;
    }

    public Long getProjectId() {
        return projectId;
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void accept(Instant now) {
        acceptedAt = now;
    }

    public void revoke(Instant now) {
        revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public MemberRole getRole() {
        return role;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package eu.youthpass.learning;

import eu.youthpass.person.Person;
import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner's personal link: no account, just a secret whose SHA-256 is kept here. Inviting again ends the earlier
 * link, so a learner has at most one working link at a time.
 */
@Entity
@Table(name = "learner_invitation")
public class LearnerInvitation extends OrganisationOwned {

    public static final int MESSAGE_MAX_LENGTH = 2000;

    /** Why a link stopped working before it expired. */
    public enum End { REVOKED, REPLACED }

    /** What a link is worth right now. */
    public enum State { OPEN, EXPIRED, REVOKED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_invitation_seq")
    @SequenceGenerator(name = "learner_invitation_seq", sequenceName = "learner_invitation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(length = MESSAGE_MAX_LENGTH)
    private String message;

    private LocalDate deadline;

    @Column(name = "names_editable", nullable = false)
    private boolean namesEditable;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "sent_by_mail", nullable = false)
    private boolean sentByMail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private End endReason;

    protected LearnerInvitation() {
    }

    public LearnerInvitation(Person person, String tokenHash, InvitationForm form, String invitedBy, Duration validity) {
        super(person.getOrganisationId());
        this.person = person;
        this.tokenHash = tokenHash;
        this.message = form.getMessage();
        this.deadline = form.getDeadline();
        this.namesEditable = form.isNamesEditable();
        this.sentByMail = form.isSendMail();
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(validity);
    }

    public State state(Instant now) {
        if (endReason != null) {
            return endReason == End.REVOKED ? State.REVOKED : State.REPLACED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    public void end(End reason) {
        if (endReason == null) {
            endReason = reason;
            endedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isNamesEditable() {
        return namesEditable;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public boolean isSentByMail() {
        return sentByMail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public End getEndReason() {
        return endReason;
    }
}

package eu.youthpass.learning;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of the review, shown to both the organisation and the learner. */
@Entity
@Table(name = "review_note")
public class ReviewNote extends OrganisationOwned {

    public static final int COMMENT_MAX_LENGTH = 2000;

    public enum Kind { ACCEPTED, SENT_BACK, CORRECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_note_seq")
    @SequenceGenerator(name = "review_note_seq", sequenceName = "review_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String comment;

    /** For a correction: which text, as a {@link CorrectableField} name. */
    private String field;

    @Column(name = "before_text")
    private String beforeText;

    @Column(name = "after_text")
    private String afterText;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewNote() {
    }

    private ReviewNote(LearningRecord record, Kind kind, String comment, String authorName) {
        super(record.getOrganisationId());
        this.personId = record.getPersonId();
        this.kind = kind;
        this.comment = comment;
        this.authorName = authorName;
        this.createdAt = Instant.now();
    }

    static ReviewNote accepted(LearningRecord record, String comment, String authorName) {
        return new ReviewNote(record, Kind.ACCEPTED, comment, authorName);
    }

    static ReviewNote sentBack(LearningRecord record, String comment, String authorName) {
        return new ReviewNote(record, Kind.SENT_BACK, comment, authorName);
    }

    static ReviewNote corrected(LearningRecord record, String field, String before, String after, String note,
                                String authorName) {
        ReviewNote correction = new ReviewNote(record, Kind.CORRECTED, note, authorName);
        correction.field = field;
        correction.beforeText = before;
        correction.afterText = after;
        return correction;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getComment() {
        return comment;
    }

    public String getField() {
        return field;
    }

    public String getBeforeText() {
        return beforeText;
    }

    public String getAfterText() {
        return afterText;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

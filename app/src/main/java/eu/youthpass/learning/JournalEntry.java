package eu.youthpass.learning;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A dated reflection in the learner's journal: private to the learner, material for their self-assessment. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends OrganisationOwned {

    public static final int TEXT_MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JournalEntry() {
    }

    JournalEntry(LearningRecord record, LocalDate writtenOn, String text) {
        super(record.getOrganisationId());
        this.personId = record.getPersonId();
        this.writtenOn = writtenOn;
        this.text = text;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getText() {
        return text;
    }
}

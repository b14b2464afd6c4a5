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

/** A link to something that shows the learning: a blog post, a video, a publication. Only http and https. */
@Entity
@Table(name = "evidence_link")
public class EvidenceLink extends OrganisationOwned {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 2000;
    public static final int MAX_PER_LEARNER = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_link_seq")
    @SequenceGenerator(name = "evidence_link_seq", sequenceName = "evidence_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, length = URL_MAX_LENGTH)
    private String url;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EvidenceLink() {
    }

    EvidenceLink(LearningRecord record, String title, WebAddress url) {
        super(record.getOrganisationId());
        this.personId = record.getPersonId();
        this.title = title;
        this.url = url.value();
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}

package eu.youthpass.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The learner's own words about one competence. */
@Embeddable
public class CompetenceAnswer {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Competence competence;

    @Column(nullable = false)
    private String answer;

    /** Carried for row-level security; always the record's organisation. */
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    protected CompetenceAnswer() {
    }

    CompetenceAnswer(Competence competence, String answer, long organisationId) {
        this.competence = competence;
        this.answer = answer;
        this.organisationId = organisationId;
    }

    public Competence getCompetence() {
        return competence;
    }

    public String getAnswer() {
        return answer;
    }
}

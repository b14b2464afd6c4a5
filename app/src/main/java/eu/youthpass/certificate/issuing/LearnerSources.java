package eu.youthpass.certificate.issuing;

import eu.youthpass.learning.EvidenceLink;
import eu.youthpass.learning.LearnerRecords;
import eu.youthpass.learning.LearningRecord;
import eu.youthpass.organisation.Organisation;
import eu.youthpass.organisation.logo.OrganisationLogo;
import eu.youthpass.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what learners' certificates are made from ({@link CertificateSources.Sources}): for one learner on the
 * certificate page, or for a page of learners in the bulk job with the same few queries whatever their number. Only
 * a submitted self-assessment counts (part 2 is printed from it); a draft is the learner's alone. Works in the
 * caller's transaction and database scope.
 */
@ApplicationScoped
public class LearnerSources {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerRecords learners;

    public CertificateSources.Sources of(Person person) {
        long organisationId = person.getOrganisationId();
        LearningRecord record = learners.record(organisationId, person.getId())
                .filter(r -> r.getSubmittedAt() != null).orElse(null);
        return new CertificateSources.Sources(person, person.getProject(), organisation(organisationId),
                logo(organisationId), record,
                record == null ? List.of() : learners.evidence(organisationId, person.getId()));
    }

    /** Learners of one organisation, in the order given; their activities should be read with them (batch). */
    public List<CertificateSources.Sources> of(long organisationId, List<Person> people) {
        Organisation organisation = organisation(organisationId);
        byte[] logo = logo(organisationId);
        Map<Long, LearningRecord> records = new HashMap<>(learners.records(organisationId,
                people.stream().map(Person::getId).toList()));
        records.values().removeIf(r -> r.getSubmittedAt() == null);
        Map<Long, List<EvidenceLink>> evidence = learners.evidence(organisationId, records.keySet());
        return people.stream().map(person -> {
            LearningRecord record = records.get(person.getId());
            return new CertificateSources.Sources(person, person.getProject(), organisation, logo, record,
                    record == null ? List.of() : evidence.getOrDefault(person.getId(), List.of()));
        }).toList();
    }

    private Organisation organisation(long organisationId) {
        return em.find(Organisation.class, organisationId);
    }

    private byte[] logo(long organisationId) {
        OrganisationLogo logo = em.find(OrganisationLogo.class, organisationId);
        return logo == null ? null : logo.getPicture();
    }
}

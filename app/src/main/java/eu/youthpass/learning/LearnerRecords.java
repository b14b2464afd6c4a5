package eu.youthpass.learning;

import eu.youthpass.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes the learner tables. Every query names the organisation as well as the person (see
 * {@code eu.youthpass.platform.tenancy}); callers pass the organisation they were scoped to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LearnerRecords {

    @PersistenceContext
    EntityManager em;

    public Optional<LearningRecord> record(long organisationId, long personId) {
        return em.createQuery("select r from LearningRecord r where r.personId = :person and r.organisationId = :organisation",
                        LearningRecord.class)
                .setParameter("person", personId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /**
     * The records of many learners, by person id, with their answers and references read in one query each
     * (EclipseLink batch reading) rather than two per learner.
     */
    public Map<Long, LearningRecord> records(long organisationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select r from LearningRecord r where r.personId in :people and r.organisationId = :organisation""",
                        LearningRecord.class)
                .setParameter("people", personIds).setParameter("organisation", organisationId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.answers").setHint("eclipselink.batch", "r.references")
                .getResultStream().collect(Collectors.toMap(LearningRecord::getPersonId, Function.identity()));
    }

    public LearningRecord recordOrNew(Person person) {
        return record(person.getOrganisationId(), person.getId()).orElseGet(() -> {
            LearningRecord record = new LearningRecord(person);
            em.persist(record);
            return record;
        });
    }

    public List<EvidenceLink> evidence(long organisationId, long personId) {
        return em.createQuery("""
                        select e from EvidenceLink e where e.personId = :person and e.organisationId = :organisation
                        order by e.createdAt, e.id""", EvidenceLink.class)
                .setParameter("person", personId).setParameter("organisation", organisationId).getResultList();
    }

    /** The evidence of many learners, by person id, each learner's in the order they added it. */
    public Map<Long, List<EvidenceLink>> evidence(long organisationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select e from EvidenceLink e where e.personId in :people and e.organisationId = :organisation
                        order by e.createdAt, e.id""", EvidenceLink.class)
                .setParameter("people", personIds).setParameter("organisation", organisationId).getResultStream()
                .collect(Collectors.groupingBy(EvidenceLink::getPersonId));
    }

    public List<JournalEntry> journal(long organisationId, long personId) {
        return em.createQuery("""
                        select j from JournalEntry j where j.personId = :person and j.organisationId = :organisation
                        order by j.writtenOn desc, j.id desc""", JournalEntry.class)
                .setParameter("person", personId).setParameter("organisation", organisationId).getResultList();
    }

    public List<ReviewNote> notes(long organisationId, long personId) {
        return em.createQuery("""
                        select n from ReviewNote n where n.personId = :person and n.organisationId = :organisation
                        order by n.createdAt, n.id""", ReviewNote.class)
                .setParameter("person", personId).setParameter("organisation", organisationId).getResultList();
    }

    public List<LearnerInvitation> invitations(long organisationId, long personId) {
        return em.createQuery("""
                        select i from LearnerInvitation i where i.person.id = :person and i.organisationId = :organisation
                        order by i.createdAt desc, i.id desc""", LearnerInvitation.class)
                .setParameter("person", personId).setParameter("organisation", organisationId).getResultList();
    }

    /** The link's invitation, whatever its state; found by hash alone, so the caller must be in platform scope. */
    public Optional<LearnerInvitation> invitationByTokenHash(String hash) {
        return em.createQuery("select i from LearnerInvitation i where i.tokenHash = :hash", LearnerInvitation.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    public String organisationName(long organisationId) {
        return em.createQuery("select o.name from Organisation o where o.id = :id", String.class)
                .setParameter("id", organisationId).getSingleResult();
    }

    public void add(Object learnerData) {
        em.persist(learnerData);
    }

    public void remove(Object learnerData) {
        em.remove(learnerData);
    }
}

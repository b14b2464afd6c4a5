package eu.youthpass.certificate.bulk;

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
 * Reads and writes bulk runs and their items. Every query names the organisation, which the batch job gets as a job
 * parameter (there is no signed-in user in its threads); see {@code eu.youthpass.platform.tenancy}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CertificateRunRecords {

    @PersistenceContext
    EntityManager em;

    public Optional<CertificateRun> run(long organisationId, long runId) {
        return em.createQuery("select r from CertificateRun r where r.id = :id and r.organisationId = :organisation",
                        CertificateRun.class)
                .setParameter("id", runId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    public Optional<CertificateRun> latest(long organisationId, long projectId) {
        return em.createQuery("""
                        select r from CertificateRun r where r.projectId = :project and r.organisationId = :organisation
                        order by r.createdAt desc, r.id desc""", CertificateRun.class)
                .setParameter("project", projectId).setParameter("organisation", organisationId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<CertificateRunItem> item(long organisationId, long itemId) {
        return em.createQuery("""
                        select i from CertificateRunItem i where i.id = :id and i.organisationId = :organisation""",
                        CertificateRunItem.class)
                .setParameter("id", itemId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /**
     * The next pending items of one partition of the run, by item number, after the given one: what the job's
     * reader works through.
     */
    public List<Object[]> pending(long organisationId, long runId, int partition, int partitions, int afterItemNo,
                                  int max) {
        return em.createQuery("""
                        select i.id, i.itemNo from CertificateRunItem i
                        where i.runId = :run and i.organisationId = :organisation and i.status = :pending
                        and i.itemNo > :after and mod(i.itemNo, :partitions) = :partition
                        order by i.itemNo""", Object[].class)
                .setParameter("run", runId).setParameter("organisation", organisationId)
                .setParameter("pending", RunItemStatus.PENDING).setParameter("after", afterItemNo)
                .setParameter("partitions", partitions).setParameter("partition", partition)
                .setMaxResults(max).getResultList();
    }

    /** How many items of the run are in each state. */
    public java.util.Map<RunItemStatus, Long> counts(long organisationId, long runId) {
        java.util.Map<RunItemStatus, Long> counts = new java.util.EnumMap<>(RunItemStatus.class);
        for (RunItemStatus status : RunItemStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("""
                        select i.status, count(i) from CertificateRunItem i
                        where i.runId = :run and i.organisationId = :organisation group by i.status""", Object[].class)
                .setParameter("run", runId).setParameter("organisation", organisationId)
                .getResultList().forEach(row -> counts.put((RunItemStatus) row[0], (Long) row[1]));
        return counts;
    }

    public List<CertificateRunItem> failures(long organisationId, long runId) {
        return em.createQuery("""
                        select i from CertificateRunItem i where i.runId = :run and i.organisationId = :organisation
                        and i.status = :failed order by i.itemNo""", CertificateRunItem.class)
                .setParameter("run", runId).setParameter("organisation", organisationId)
                .setParameter("failed", RunItemStatus.FAILED).getResultList();
    }

    /** The versions the run made, with each certificate's number, in item order: the ZIP's contents. */
    public List<Object[]> doneVersions(long organisationId, long runId) {
        return em.createQuery("""
                        select v.id, c.number, i.personName from CertificateRunItem i join i.version v join v.certificate c
                        where i.runId = :run and i.organisationId = :organisation and i.status = :done
                        order by i.itemNo""", Object[].class)
                .setParameter("run", runId).setParameter("organisation", organisationId)
                .setParameter("done", RunItemStatus.DONE).getResultList();
    }

    /** A person of the organisation by id alone: the job has no project page to come through. */
    public Optional<Person> person(long organisationId, long personId) {
        return em.createQuery("select p from Person p where p.id = :id and p.organisationId = :organisation",
                        Person.class)
                .setParameter("id", personId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /** Items of the run by id, for the writer's chunk. */
    public Map<Long, CertificateRunItem> items(long organisationId, Collection<Long> itemIds) {
        return em.createQuery("""
                        select i from CertificateRunItem i where i.id in :ids and i.organisationId = :organisation""",
                        CertificateRunItem.class)
                .setParameter("ids", itemIds).setParameter("organisation", organisationId)
                .getResultStream().collect(Collectors.toMap(CertificateRunItem::getId, Function.identity()));
    }

    /**
     * People of the organisation by id, with their project and their activities (one more query for all of them,
     * EclipseLink batch reading): what a page of the job's certificates is drawn from.
     */
    public Map<Long, Person> people(long organisationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select p from Person p join fetch p.project
                        where p.id in :ids and p.organisationId = :organisation""", Person.class)
                .setParameter("ids", personIds).setParameter("organisation", organisationId)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "p.activities")
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    public void add(Object runData) {
        em.persist(runData);
    }

    public void flush() {
        em.flush();
    }
}

package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.bulk.CertificateRun;
import eu.youthpass.certificate.bulk.CertificateRunItem;
import eu.youthpass.certificate.bulk.CertificateRunLedger;
import eu.youthpass.certificate.bulk.CertificateRunRecords;
import eu.youthpass.certificate.bulk.RunItemStatus;
import eu.youthpass.certificate.issuing.Certificate;
import eu.youthpass.certificate.issuing.CertificateIssuing;
import eu.youthpass.certificate.issuing.CertificateRecords;
import eu.youthpass.certificate.issuing.CertificateSources;
import eu.youthpass.certificate.issuing.LearnerSources;
import eu.youthpass.certificate.issuing.CertificateVersion;
import eu.youthpass.certificate.issuing.NotIssuableException;
import eu.youthpass.person.Person;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The job's database work, each call in a transaction of its own that first enters the run's organisation's scope
 * (the tenant comes from the job parameters; there is no signed-in user).
 *
 * <p>Why not in the chunk's transaction: the batch runtime writes its checkpoints in that global transaction through
 * its own embedded repository, and a second non-XA datasource (ours) cannot join it. So the chunk's transaction
 * carries only the runtime's checkpoint, and ours carry the certificates. Correctness does not rest on the
 * checkpoint: the reader takes only PENDING items, and {@link #store} marks items DONE in the transaction that
 * stores their versions, so whatever happens between the two commits, nothing is made twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CertificateRunWork {

    @Inject
    DatabaseScope scope;

    @Inject
    CertificateRunRecords runs;

    @Inject
    CertificateRunLedger ledger;

    @Inject
    CertificateIssuing issuing;

    @Inject
    LearnerSources learnerSources;

    @Inject
    CertificateRecords certificates;

    /**
     * The next page of this partition's pending items, each with its learner's certificate drafted: a few queries
     * for the whole page (items, people with their activities, self-assessments, evidence, certificates), whatever
     * its size. A learner's own problem comes back as the item's reason, for the processor to skip it.
     */
    public List<Drafted> nextPage(long organisationId, long runId, int partition, int partitions, int afterItemNo,
                                  int max) {
        scope.enterOrganisation(organisationId, null);
        List<RunItemRef> page = runs.pending(organisationId, runId, partition, partitions, afterItemNo, max).stream()
                .map(row -> new RunItemRef((Long) row[0], (Integer) row[1])).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        CertificateRun run = runs.run(organisationId, runId).orElseThrow();
        Map<Long, CertificateRunItem> items = runs.items(organisationId, page.stream().map(RunItemRef::itemId).toList());
        Map<Long, Person> people = runs.people(organisationId, items.values().stream()
                .map(CertificateRunItem::getPersonId).filter(Objects::nonNull).toList());
        List<Person> inRun = people.values().stream()
                .filter(p -> p.getProject().getId().equals(run.getProjectId())).toList();
        Map<Long, CertificateSources.Sources> sources = new HashMap<>();
        learnerSources.of(organisationId, inRun).forEach(s -> sources.put(s.person().getId(), s));
        Map<Long, Certificate> existing = certificates.ofPeople(organisationId, sources.keySet());
        List<Drafted> drafted = new ArrayList<>(page.size());
        for (RunItemRef ref : page) {
            Long personId = items.get(ref.itemId()).getPersonId();
            CertificateSources.Sources learner = personId == null ? null : sources.get(personId);
            if (learner == null) {
                drafted.add(Drafted.refused(ref, "certificate.not_issuable.removed"));
                continue;
            }
            try {
                drafted.add(Drafted.of(ref, issuing.draft(learner, Optional.ofNullable(existing.get(personId)),
                        run.requestFor(learner.person()))));
            } catch (NotIssuableException notIssuable) {
                drafted.add(Drafted.refused(ref, notIssuable.reason()));
            }
        }
        return drafted;
    }

    /** Stores a chunk's certificates and marks their items done, all or nothing. */
    public void store(long organisationId, long runId, List<Generated> generated) {
        scope.enterOrganisation(organisationId, null);
        String author = runs.run(organisationId, runId).map(CertificateRun::getStartedBy).orElseThrow();
        Map<Long, CertificateRunItem> items = runs.items(organisationId,
                generated.stream().map(Generated::itemId).toList());
        List<Long> personIds = generated.stream().map(g -> g.prepared().personId()).toList();
        Map<Long, Person> people = runs.people(organisationId, personIds);
        Map<Long, Certificate> existing = certificates.ofPeople(organisationId, personIds);
        for (Generated one : generated) {
            CertificateRunItem item = items.get(one.itemId());
            if (item.getStatus() != RunItemStatus.PENDING) {
                continue; // done by an earlier job of this run
            }
            long personId = one.prepared().personId();
            CertificateVersion version = issuing.store(one.prepared(), people.get(personId),
                    Optional.ofNullable(existing.get(personId)), author);
            item.done(version);
        }
        ledger.beat(organisationId, runId);
    }

    public void failed(long organisationId, long itemId, String problem) {
        scope.enterOrganisation(organisationId, null);
        runs.item(organisationId, itemId).filter(i -> i.getStatus() == RunItemStatus.PENDING)
                .ifPresent(i -> i.failed(problem));
    }
}

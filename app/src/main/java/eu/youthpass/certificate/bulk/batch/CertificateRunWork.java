package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.bulk.CertificateRun;
import eu.youthpass.certificate.bulk.CertificateRunItem;
import eu.youthpass.certificate.bulk.CertificateRunLedger;
import eu.youthpass.certificate.bulk.CertificateRunRecords;
import eu.youthpass.certificate.bulk.RunItemStatus;
import eu.youthpass.certificate.issuing.CertificateIssuing;
import eu.youthpass.certificate.issuing.CertificateVersion;
import eu.youthpass.certificate.issuing.NotIssuableException;
import eu.youthpass.person.Person;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

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

    public List<Object[]> pending(long organisationId, long runId, int partition, int partitions, int afterItemNo,
                                  int max) {
        scope.enterOrganisation(organisationId, null);
        return runs.pending(organisationId, runId, partition, partitions, afterItemNo, max);
    }

    /** Reads the learner and makes their signed PDF; throws for this learner's problems (nothing is written). */
    public Generated prepare(long organisationId, long runId, long itemId) {
        scope.enterOrganisation(organisationId, null);
        CertificateRun run = runs.run(organisationId, runId).orElseThrow();
        CertificateRunItem item = runs.item(organisationId, itemId).orElseThrow();
        Person person = item.getPersonId() == null ? null : runs.person(organisationId, item.getPersonId()).orElse(null);
        if (person == null || !person.getProject().getId().equals(run.getProjectId())) {
            throw new NotIssuableException("certificate.not_issuable.removed");
        }
        return new Generated(itemId, issuing.prepare(person, run.requestFor(person)));
    }

    /** Stores a chunk's certificates and marks their items done, all or nothing. */
    public void store(long organisationId, long runId, List<Generated> generated) {
        scope.enterOrganisation(organisationId, null);
        String author = runs.run(organisationId, runId).map(CertificateRun::getStartedBy).orElseThrow();
        for (Generated one : generated) {
            CertificateRunItem item = runs.item(organisationId, one.itemId()).orElseThrow();
            if (item.getStatus() != RunItemStatus.PENDING) {
                continue; // done by an earlier job of this run
            }
            Person person = runs.person(organisationId, one.prepared().personId()).orElseThrow();
            CertificateVersion version = issuing.store(one.prepared(), person, author);
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

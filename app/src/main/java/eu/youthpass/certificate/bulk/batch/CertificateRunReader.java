package eu.youthpass.certificate.bulk.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads this partition's pending items of the run, in item order, a page at a time, each with its learner's
 * certificate drafted (read with the whole page: a few queries a page, not a few a learner). The checkpoint is the last item
 * number handed on; but what makes a restarted run resume without duplicates is that only PENDING items are read,
 * and an item stops being pending in the very transaction that stores its certificate.
 */
@Dependent
@Named("certificateRunReader")
public class CertificateRunReader extends AbstractItemReader {

    private static final int PAGE = 50;

    @Inject
    @BatchProperty(name = JobParameters.RUN)
    String runId;

    @Inject
    @BatchProperty(name = JobParameters.ORGANISATION)
    String organisationId;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = JobParameters.PARTITIONS)
    String partitions;

    @Inject
    CertificateRunWork work;

    private final Deque<Drafted> page = new ArrayDeque<>();
    private int lastItemNo;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastItemNo = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int after = lastItemNo;
            page.addAll(work.nextPage(Long.parseLong(organisationId), Long.parseLong(runId),
                    Integer.parseInt(partition), Integer.parseInt(partitions), after, PAGE));
            exhausted = page.size() < PAGE;
        }
        Drafted next = page.poll();
        if (next != null) {
            lastItemNo = next.itemNo();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastItemNo;
    }
}

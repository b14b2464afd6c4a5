package eu.youthpass.certificate.bulk;

import java.time.Instant;
import java.util.List;

/**
 * Where a project's latest bulk run stands, for its page: counts, whether a job works on it now, whether it was
 * interrupted (and can be resumed), and the learners it could not make a certificate for.
 */
public record RunProgress(long runId, int total, long done, long failed, long pending, boolean running,
                          boolean interrupted, Instant startedAt, String startedBy, Instant finishedAt,
                          List<Failure> failures) implements java.io.Serializable {

    /** A learner skipped, and why: {@code problem} is a bundle key. */
    public record Failure(String personName, String problem) implements java.io.Serializable {
    }

    public int percent() {
        return total == 0 ? 100 : (int) ((done + failed) * 100 / total);
    }

    public boolean isComplete() {
        return !running && !interrupted;
    }
}

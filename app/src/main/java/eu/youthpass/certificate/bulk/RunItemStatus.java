package eu.youthpass.certificate.bulk;

/** Where one learner of a bulk run is: still to do, done (a version stored), or failed with a reason. */
public enum RunItemStatus {
    PENDING,
    DONE,
    FAILED
}

package eu.youthpass.demo.wipe;

/** STARTED also while a run that stopped half-way waits to be resumed. */
public enum WipeStatus {
    STARTED,
    COMPLETED,
    FAILED
}

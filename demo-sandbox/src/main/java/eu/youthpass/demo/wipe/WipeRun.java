package eu.youthpass.demo.wipe;

import java.time.Instant;

/** One line of the wipe history the helpdesk sees. */
public record WipeRun(long id, WipeTrigger trigger, Instant scheduledFor, String requestedBy, Instant startedAt,
                      Instant endedAt, WipeStatus status, int organisations, long rowsDeleted, String error) {
}

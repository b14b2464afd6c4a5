package eu.youthpass.demo.wipe;

/**
 * Why a wipe ran: its cron slot came, or the helpdesk asked for it (both reset the shared demo and delete ended
 * workshops), or workshops ended (deletes only those).
 */
public enum WipeTrigger {
    SCHEDULE,
    HELPDESK,
    EXPIRY
}

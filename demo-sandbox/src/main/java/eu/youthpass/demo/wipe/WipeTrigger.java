package eu.youthpass.demo.wipe;

/** Why a wipe ran: its cron slot came, or the helpdesk asked for it. */
public enum WipeTrigger {
    SCHEDULE,
    HELPDESK
}

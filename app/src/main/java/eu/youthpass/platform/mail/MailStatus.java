package eu.youthpass.platform.mail;

/** QUEUED waits for SMTP; HELD stays in the outbox because no SMTP server is configured. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED,
    HELD
}

package eu.youthpass.platform.mail;

/** Fired when a mail is written to the outbox; delivered only after the transaction that wrote it commits. */
public record MailQueued(long outboxId) {
}

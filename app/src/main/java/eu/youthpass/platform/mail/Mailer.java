package eu.youthpass.platform.mail;

import eu.youthpass.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.logging.Logger;

/**
 * Sends a mail the safe way: written to the outbox in the caller's transaction, handed to SMTP only once that
 * transaction has committed (so a rolled-back registration sends nothing). Without {@code YP_SMTP_HOST} the mail
 * stays in the outbox for the helpdesk to read, and its links are logged so a local run needs no mail server.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Event<MailQueued> queued;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Mail mail) {
        boolean smtp = settings.smtpHost().isPresent();
        OutboxMail entry = new OutboxMail(mail, smtp ? MailStatus.QUEUED : MailStatus.HELD);
        em.persist(entry);
        em.flush();
        if (smtp) {
            queued.fire(new MailQueued(entry.getId()));
        } else {
            var links = mail.links();
            LOG.info(() -> "Mail held in the outbox (no YP_SMTP_HOST) for " + mail.recipient() + ": "
                    + mail.subject() + (links.isEmpty() ? "" : " — links: " + String.join(" ", links)));
        }
    }
}

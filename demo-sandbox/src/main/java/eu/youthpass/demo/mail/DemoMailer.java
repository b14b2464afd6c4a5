package eu.youthpass.demo.mail;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.platform.mail.Mail;
import eu.youthpass.platform.mail.MailStatus;
import eu.youthpass.platform.mail.Mailer;
import eu.youthpass.platform.mail.OutboxMail;
import eu.youthpass.platform.persistence.DatabaseKind;
import eu.youthpass.platform.persistence.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.logging.Logger;

/**
 * Mails never leave the demo: each one is held in the outbox, whatever the SMTP settings say, and noted with the
 * organisation it came from so that the organisation's demo mailbox page shows it.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class DemoMailer extends Mailer {

    private static final Logger LOG = Logger.getLogger(DemoMailer.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DatabaseMigration database;

    @Inject
    Instance<CurrentUser> currentUser;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Mail mail) {
        OutboxMail entry = new OutboxMail(mail, MailStatus.HELD);
        entityManager.persist(entry);
        entityManager.flush();
        Long organisationId = senderOrganisation();
        if (organisationId != null) {
            entityManager.createNativeQuery("insert into demo_mail (outbox_id, organisation_id) values (?1, ?2)")
                    .setParameter(1, entry.getId()).setParameter(2, organisationId).executeUpdate();
        }
        LOG.fine(() -> "Demo mail kept in the demo mailbox of organisation " + organisationId + ": " + mail.subject());
    }

    /**
     * The organisation this transaction works for: on PostgreSQL the one row-level security is scoped to (also set for
     * a learner's own requests, which have no login), else the signed-in user's current organisation.
     */
    private Long senderOrganisation() {
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            List<?> scoped = entityManager.createNativeQuery("select nullif(current_setting('yp.org', true), '')").getResultList();
            if (!scoped.isEmpty() && scoped.get(0) != null) {
                return Long.valueOf(scoped.get(0).toString());
            }
        }
        try {
            return currentUser.get().organisationIdOrNull();
        } catch (ContextNotActiveException noSession) {
            return null;
        }
    }
}

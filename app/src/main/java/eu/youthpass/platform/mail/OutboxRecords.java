package eu.youthpass.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table: platform data (not an organisation's), read by the helpdesk and by delivery. */
@ApplicationScoped
@Transactional
public class OutboxRecords {

    @PersistenceContext
    EntityManager em;

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    public void markSent(long id) {
        find(id).ifPresent(m -> m.sent(Instant.now()));
    }

    public void markFailed(long id, String error) {
        find(id).ifPresent(m -> m.failed(error));
    }

    public List<OutboxMail> newestFirst(int first, int max) {
        return em.createNamedQuery(OutboxMail.NEWEST_FIRST, OutboxMail.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createNamedQuery(OutboxMail.COUNT, Long.class).getSingleResult();
    }

    public List<Long> dueForRetry(Instant createdBefore, int maxAttempts) {
        return em.createNamedQuery(OutboxMail.DUE_FOR_RETRY, OutboxMail.class)
                .setParameter("before", createdBefore)
                .setParameter("maxAttempts", maxAttempts)
                .setMaxResults(100)
                .getResultStream().map(OutboxMail::getId).toList();
    }
}

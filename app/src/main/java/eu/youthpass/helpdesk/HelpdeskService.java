package eu.youthpass.helpdesk;

import eu.youthpass.platform.mail.OutboxMail;
import eu.youthpass.platform.mail.OutboxRecords;
import eu.youthpass.platform.tenancy.PlatformData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** What the helpdesk sees across organisations. Only reachable by the HELPDESK role (web.xml). */
@ApplicationScoped
@Transactional
@PlatformData
public class HelpdeskService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxRecords outbox;

    public record Figures(long organisations, long accounts, long memberships, long mails) {
    }

    public Figures figures() {
        return new Figures(
                count("select count(o) from Organisation o"),
                count("select count(u) from UserAccount u where u.helpdesk = false"),
                count("select count(m) from Membership m"),
                outbox.count());
    }

    public List<OutboxMail> outbox(int first, int max) {
        return outbox.newestFirst(first, max);
    }

    public long outboxSize() {
        return outbox.count();
    }

    public Optional<OutboxMail> mail(long id) {
        return outbox.find(id);
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}

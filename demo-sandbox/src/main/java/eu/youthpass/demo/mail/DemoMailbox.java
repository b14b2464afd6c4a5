package eu.youthpass.demo.mail;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The mails the current organisation's work wrote, newest first: what would have been sent, had this been live. */
@ApplicationScoped
@Transactional
@TenantData
public class DemoMailbox {

    public static final int PAGE_SIZE = 50;

    public record DemoMail(long id, String recipient, String subject, String text, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<DemoMail> newestFirst() {
        List<?> rows = em.createNativeQuery("""
                        select m.id, m.recipient, m.subject, m.body_text, m.created_at
                        from demo_mail d join mail_outbox m on m.id = d.outbox_id
                        where d.organisation_id = ?1 order by m.created_at desc, m.id desc""")
                .setParameter(1, currentUser.organisationId())
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new DemoMail(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], instant(r[4]))).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            default -> throw new IllegalStateException("Unexpected time value " + value.getClass());
        };
    }
}

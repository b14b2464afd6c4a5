package eu.youthpass.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A mail as written to the outbox: the record of what the platform sent, or would have sent. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.NEWEST_FIRST, query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.COUNT, query = "select count(m) from OutboxMail m")
@NamedQuery(name = OutboxMail.DUE_FOR_RETRY, query = """
        select m from OutboxMail m where m.status in (eu.youthpass.platform.mail.MailStatus.QUEUED, eu.youthpass.platform.mail.MailStatus.FAILED)
        and m.attempts < :maxAttempts and m.createdAt < :before order by m.createdAt""")
public class OutboxMail {

    public static final String NEWEST_FIRST = "OutboxMail.newestFirst";
    public static final String COUNT = "OutboxMail.count";
    public static final String DUE_FOR_RETRY = "OutboxMail.dueForRetry";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(Mail mail, MailStatus status) {
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.locale = mail.locale().toLanguageTag();
        this.status = status;
        this.createdAt = Instant.now();
    }

    public Mail toMail() {
        return new Mail(recipient, java.util.Locale.forLanguageTag(locale), subject, bodyText, bodyHtml);
    }

    public void sent(Instant when) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = when;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        status = MailStatus.FAILED;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLocale() {
        return locale;
    }
}

package eu.youthpass.platform.mail;

import eu.youthpass.platform.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands committed outbox mails to the SMTP server, off the request thread. */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    Settings settings;

    @Inject
    OutboxRecords outbox;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(() -> deliver(queued.outboxId()));
    }

    /** Sends one outbox mail and records the outcome; safe to call again for a failed one. */
    public void deliver(long outboxId) {
        outbox.find(outboxId).ifPresent(entry -> {
            try {
                transmit(entry.toMail());
                outbox.markSent(outboxId);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail " + outboxId + " to " + entry.getRecipient() + " not sent: " + e.getMessage());
                outbox.markFailed(outboxId, e.toString());
            }
        });
    }

    private void transmit(Mail mail) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.smtpTls()));
        boolean auth = settings.smtpUser().isPresent();
        props.put("mail.smtp.auth", String.valueOf(auth));
        Session session = Session.getInstance(props);

        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.locale().toLanguageTag());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);

        if (auth) {
            Transport.send(message, settings.smtpUser().get(), settings.smtpPassword().orElse(""));
        } else {
            Transport.send(message);
        }
    }
}

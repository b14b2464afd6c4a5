package eu.youthpass.platform.mail;

import eu.youthpass.platform.config.Settings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/** Retries mails the SMTP server did not take, once a minute, up to five attempts each. */
@Singleton
public class MailRetry {

    static final int MAX_ATTEMPTS = 5;

    @Inject
    Settings settings;

    @Inject
    OutboxRecords outbox;

    @Inject
    MailDelivery delivery;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retryFailed() {
        if (settings.smtpHost().isEmpty()) {
            return;
        }
        for (Long id : outbox.dueForRetry(Instant.now().minus(Duration.ofMinutes(1)), MAX_ATTEMPTS)) {
            delivery.deliver(id);
        }
    }
}

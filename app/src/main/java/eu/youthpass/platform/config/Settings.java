package eu.youthpass.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The platform's settings, read through MicroProfile Config so that every {@code yp.x.y} property can be
 * overridden by the environment variable {@code YP_X_Y}. Defaults live in {@code META-INF/microprofile-config.properties};
 * the README's settings table lists them all.
 */
@ApplicationScoped
public class Settings {

    @Inject
    Config config;

    public Optional<String> databaseUrl() {
        return text("yp.db.url");
    }

    /** Public address used in links in mails and on certificates, without a trailing slash. */
    public String baseUrl() {
        String url = text("yp.base.url").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean servedOverHttps() {
        return baseUrl().startsWith("https://");
    }

    public Optional<String> smtpHost() {
        return text("yp.smtp.host");
    }

    public int smtpPort() {
        return config.getOptionalValue("yp.smtp.port", Integer.class).orElse(25);
    }

    public Optional<String> smtpUser() {
        return text("yp.smtp.user");
    }

    public Optional<String> smtpPassword() {
        return text("yp.smtp.password");
    }

    public boolean smtpTls() {
        return config.getOptionalValue("yp.smtp.tls", Boolean.class).orElse(false);
    }

    public String mailFrom() {
        return text("yp.mail.from").orElse("Youthpass <no-reply@localhost>");
    }

    public Optional<String> adminEmail() {
        return text("yp.admin.email");
    }

    public Optional<String> adminPassword() {
        return text("yp.admin.password");
    }

    /** How long a learner's personal link works: {@code YP_INVITATION_DAYS}, 30 days unless set. */
    public java.time.Duration learnerLinkValidity() {
        int days = config.getOptionalValue("yp.invitation.days", Integer.class).orElse(30);
        if (days < 1 || days > 365) {
            throw new IllegalStateException("YP_INVITATION_DAYS must be between 1 and 365, not " + days);
        }
        return java.time.Duration.ofDays(days);
    }

    public Path dataDir() {
        return Path.of(text("yp.data.dir").orElse("./data")).toAbsolutePath().normalize();
    }

    /** PKCS12 keystore whose first key signs certificate PDFs; without one, a self-signed key in {@link #dataDir}. */
    public Optional<Path> signingKeystore() {
        return text("yp.signing.keystore").map(p -> Path.of(p).toAbsolutePath().normalize());
    }

    public Optional<String> signingPassword() {
        return config.getOptionalValue("yp.signing.password", String.class);
    }

    /**
     * How many certificates the bulk job makes at once (partitions of its step); 0, the default, means one per
     * processor core. More than the cores only adds waiting.
     */
    public int certificateThreads() {
        int threads = config.getOptionalValue("yp.certificate.threads", Integer.class).orElse(0);
        if (threads < 0 || threads > 64) {
            throw new IllegalStateException("YP_CERTIFICATE_THREADS must be between 0 and 64, not " + threads);
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}

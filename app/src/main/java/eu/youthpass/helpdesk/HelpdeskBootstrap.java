package eu.youthpass.helpdesk;

import eu.youthpass.account.AccountRepository;
import eu.youthpass.account.UserAccount;
import eu.youthpass.platform.config.Settings;
import eu.youthpass.platform.security.PasswordHasher;
import eu.youthpass.platform.security.SecretToken;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Creates the first helpdesk account at start when it does not exist yet: {@code YP_ADMIN_EMAIL} with
 * {@code YP_ADMIN_PASSWORD}. Without a password a random one is generated and logged once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class HelpdeskBootstrap {

    private static final Logger LOG = Logger.getLogger(HelpdeskBootstrap.class.getName());
    static final String DEFAULT_EMAIL = "helpdesk@youthpass.local";

    @Inject
    Settings settings;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @PostConstruct
    void ensureHelpdeskAccount() {
        String email = settings.adminEmail().orElse(DEFAULT_EMAIL);
        if (accounts.byEmail(email).isPresent()) {
            return;
        }
        String password = settings.adminPassword().orElseGet(() -> {
            String generated = SecretToken.generate().value().substring(0, 20);
            LOG.warning(() -> "No YP_ADMIN_PASSWORD set: helpdesk account " + email + " created with password "
                    + generated + " — set YP_ADMIN_PASSWORD or change it after the first login.");
            return generated;
        });
        accounts.add(UserAccount.helpdesk(email, hasher.hash(password)));
        LOG.info(() -> "Helpdesk account created: " + email);
    }
}

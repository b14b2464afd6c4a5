package eu.youthpass.demo;

import eu.youthpass.platform.web.PlatformEdition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The demo's answers to the platform's edition questions: nobody registers (everyone uses the shared login), and
 * the shared login's password stays what the login page says it is.
 */
@Alternative
@Priority(1000)
@Named("platformEdition")
@ApplicationScoped
public class DemoEdition extends PlatformEdition {

    @Inject
    DemoAccounts accounts;

    @Override
    public boolean isRegistrationOpen() {
        return false;
    }

    @Override
    public boolean isPasswordChangeAllowed(long accountId) {
        return !accounts.isDemoAccount(accountId);
    }
}

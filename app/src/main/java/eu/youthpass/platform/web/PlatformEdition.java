package eu.youthpass.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What differs between the live platform and the demo sandbox. The demo overlay provides a CDI alternative;
 * the live code never asks "am I the demo?", only these questions.
 */
@Named
@ApplicationScoped
public class PlatformEdition {

    public boolean isRegistrationOpen() {
        return true;
    }

    /** False for an account that many people share (the demo's login): one of them must not lock out the others. */
    public boolean isPasswordChangeAllowed(long accountId) {
        return true;
    }
}

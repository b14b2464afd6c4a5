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
}

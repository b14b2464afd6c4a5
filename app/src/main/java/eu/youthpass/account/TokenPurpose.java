package eu.youthpass.account;

import java.time.Duration;

/** What a one-time link in a mail is for, and how long it stays valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofDays(3)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}

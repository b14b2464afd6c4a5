package eu.youthpass.account;

/** An account is usable only once its e-mail address has been confirmed. */
public enum AccountStatus {
    PENDING_CONFIRMATION,
    ACTIVE,
    DISABLED
}

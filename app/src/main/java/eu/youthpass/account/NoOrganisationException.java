package eu.youthpass.account;

/** The signed-in user belongs to no organisation (yet): pages send them to create or join one. */
public class NoOrganisationException extends RuntimeException {
    public NoOrganisationException() {
        super("The signed-in user has no organisation");
    }
}

package eu.youthpass.platform.security;

/** The caller groups our identity store hands out; web.xml protects URL spaces with them. */
public final class Roles {
    /** A member of at least one organisation (or someone about to create one). */
    public static final String USER = "USER";
    /** A platform administrator. */
    public static final String HELPDESK = "HELPDESK";

    private Roles() {
    }
}

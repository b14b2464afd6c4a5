package eu.youthpass.project.number;

/** The EU programme that funded a project; it decides the action code's prefix ({@code KA} or {@code ESC}). */
public enum Programme {
    ERASMUS_PLUS,
    EUROPEAN_SOLIDARITY_CORPS,
    /** Reserved for 2007–2013 projects, whose numbers have another shape; no action code uses it yet. */
    YOUTH_IN_ACTION
}

package eu.youthpass.person;

/** What a team member did in the project; team members describe their learning with the ETS model. */
public enum TeamRole {
    MENTOR,
    YOUTH_LEADER,
    TRAINER,
    FACILITATOR,
    COACH,
    OTHER
}

package eu.youthpass.project.number;

/** Whether a learner took part in the project or helped run it; team members always use the ETS model. */
public enum LearnerKind {
    PARTICIPANT,
    /** Mentor, youth leader, trainer, facilitator, coach… */
    TEAM_MEMBER
}

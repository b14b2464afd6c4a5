package eu.youthpass.project.number;

/** The reference framework a learner's self-assessment is written against. */
public enum CompetenceFramework {
    /** The 8 key competences for lifelong learning (Council Recommendation of 22 May 2018). */
    KEY_COMPETENCES,
    /** The ETS competence model for youth workers to work internationally. */
    ETS
}

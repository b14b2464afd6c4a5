package eu.youthpass.project.number;

/** What kind of project an action code funds, in the words of the programme guides. */
public enum ProjectFormat {
    // 2021–2027
    ACCREDITED_YOUTH_MOBILITY,
    YOUTH_EXCHANGE,
    MOBILITY_OF_YOUTH_WORKERS,
    YOUTH_PARTICIPATION,
    DISCOVER_EU_INCLUSION,
    SMALL_SCALE_PARTNERSHIP,
    COOPERATION_PARTNERSHIP,
    SOLIDARITY_PROJECT,
    VOLUNTEERING_PROJECT,
    // 2014–2020
    /** KA105: youth exchanges, mobility of youth workers and EVS under one code. */
    YOUTH_MOBILITY_2014,
    STRATEGIC_PARTNERSHIP,
    YOUTH_DIALOGUE,
    VOLUNTEERING_PARTNERSHIP,
    TRAINEESHIPS_AND_JOBS
}

package eu.youthpass.project;

import eu.youthpass.project.number.ProjectFormat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static eu.youthpass.project.number.ProjectFormat.ACCREDITED_YOUTH_MOBILITY;
import static eu.youthpass.project.number.ProjectFormat.COOPERATION_PARTNERSHIP;
import static eu.youthpass.project.number.ProjectFormat.DISCOVER_EU_INCLUSION;
import static eu.youthpass.project.number.ProjectFormat.MOBILITY_OF_YOUTH_WORKERS;
import static eu.youthpass.project.number.ProjectFormat.SMALL_SCALE_PARTNERSHIP;
import static eu.youthpass.project.number.ProjectFormat.SOLIDARITY_PROJECT;
import static eu.youthpass.project.number.ProjectFormat.STRATEGIC_PARTNERSHIP;
import static eu.youthpass.project.number.ProjectFormat.TRAINEESHIPS_AND_JOBS;
import static eu.youthpass.project.number.ProjectFormat.VOLUNTEERING_PARTNERSHIP;
import static eu.youthpass.project.number.ProjectFormat.VOLUNTEERING_PROJECT;
import static eu.youthpass.project.number.ProjectFormat.YOUTH_DIALOGUE;
import static eu.youthpass.project.number.ProjectFormat.YOUTH_EXCHANGE;
import static eu.youthpass.project.number.ProjectFormat.YOUTH_MOBILITY_2014;
import static eu.youthpass.project.number.ProjectFormat.YOUTH_PARTICIPATION;

/** Kinds of activity, each offered only for the project formats it belongs to (one table, easy to extend). */
public enum ActivityType {
    PREPARATORY_VISIT(YOUTH_EXCHANGE, MOBILITY_OF_YOUTH_WORKERS, ACCREDITED_YOUTH_MOBILITY, YOUTH_PARTICIPATION, YOUTH_MOBILITY_2014),
    YOUTH_EXCHANGE_ACTIVITY(YOUTH_EXCHANGE, ACCREDITED_YOUTH_MOBILITY, YOUTH_MOBILITY_2014),
    TRAINING_COURSE(MOBILITY_OF_YOUTH_WORKERS, ACCREDITED_YOUTH_MOBILITY, YOUTH_MOBILITY_2014, SMALL_SCALE_PARTNERSHIP,
            COOPERATION_PARTNERSHIP, STRATEGIC_PARTNERSHIP),
    SEMINAR(MOBILITY_OF_YOUTH_WORKERS, ACCREDITED_YOUTH_MOBILITY, YOUTH_MOBILITY_2014, YOUTH_DIALOGUE, STRATEGIC_PARTNERSHIP),
    STUDY_VISIT(MOBILITY_OF_YOUTH_WORKERS, ACCREDITED_YOUTH_MOBILITY, YOUTH_MOBILITY_2014),
    JOB_SHADOWING(MOBILITY_OF_YOUTH_WORKERS, ACCREDITED_YOUTH_MOBILITY, YOUTH_MOBILITY_2014),
    NETWORKING_ACTIVITY(MOBILITY_OF_YOUTH_WORKERS, ACCREDITED_YOUTH_MOBILITY, YOUTH_MOBILITY_2014),
    YOUTH_PARTICIPATION_ACTIVITY(YOUTH_PARTICIPATION, YOUTH_DIALOGUE, ACCREDITED_YOUTH_MOBILITY),
    DISCOVER_EU_ACTIVITY(DISCOVER_EU_INCLUSION),
    VOLUNTEERING_ACTIVITY(VOLUNTEERING_PROJECT, VOLUNTEERING_PARTNERSHIP, YOUTH_MOBILITY_2014),
    TRAINEESHIP(TRAINEESHIPS_AND_JOBS),
    SOLIDARITY_ACTIVITY(SOLIDARITY_PROJECT),
    LEARNING_ACTIVITY(SMALL_SCALE_PARTNERSHIP, COOPERATION_PARTNERSHIP, STRATEGIC_PARTNERSHIP),
    OTHER(ProjectFormat.values());

    private final Set<ProjectFormat> formats;

    ActivityType(ProjectFormat... formats) {
        this.formats = EnumSet.copyOf(Arrays.asList(formats));
    }

    public boolean fits(ProjectFormat format) {
        return formats.contains(format);
    }

    public static List<ActivityType> fitting(ProjectFormat format) {
        return Arrays.stream(values()).filter(t -> t.fits(format)).toList();
    }
}

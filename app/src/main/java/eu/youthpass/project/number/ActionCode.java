package eu.youthpass.project.number;

import static eu.youthpass.project.number.CompetenceFramework.ETS;
import static eu.youthpass.project.number.CompetenceFramework.KEY_COMPETENCES;
import static eu.youthpass.project.number.Generation.G2014_2020;
import static eu.youthpass.project.number.Generation.G2021_2027;
import static eu.youthpass.project.number.Programme.ERASMUS_PLUS;
import static eu.youthpass.project.number.Programme.EUROPEAN_SOLIDARITY_CORPS;
import static eu.youthpass.project.number.ProjectFormat.*;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action code the platform knows, in one table. A row without a framework is a code we recognise but for which
 * Youthpass is not issued, so the user hears "not available for this project type" instead of "wrong number".
 * To support a new code (e.g. ESC31 or another ESC5x once confirmed), add one row; the parser needs no change.
 */
public enum ActionCode {

    //   programme                  generation  format                     participants' framework
    KA151(ERASMUS_PLUS,              G2021_2027, ACCREDITED_YOUTH_MOBILITY, KEY_COMPETENCES),
    KA152(ERASMUS_PLUS,              G2021_2027, YOUTH_EXCHANGE,            KEY_COMPETENCES),
    KA153(ERASMUS_PLUS,              G2021_2027, MOBILITY_OF_YOUTH_WORKERS, ETS),
    KA154(ERASMUS_PLUS,              G2021_2027, YOUTH_PARTICIPATION,       KEY_COMPETENCES),
    KA155(ERASMUS_PLUS,              G2021_2027, DISCOVER_EU_INCLUSION,     KEY_COMPETENCES),
    KA210(ERASMUS_PLUS,              G2021_2027, SMALL_SCALE_PARTNERSHIP),
    KA220(ERASMUS_PLUS,              G2021_2027, COOPERATION_PARTNERSHIP),
    ESC30(EUROPEAN_SOLIDARITY_CORPS, G2021_2027, SOLIDARITY_PROJECT,        KEY_COMPETENCES),
    ESC51(EUROPEAN_SOLIDARITY_CORPS, G2021_2027, VOLUNTEERING_PROJECT,      KEY_COMPETENCES),

    // KA105 also covered youth workers' mobility, which the number cannot tell apart: key competences by default.
    KA105(ERASMUS_PLUS,              G2014_2020, YOUTH_MOBILITY_2014,       KEY_COMPETENCES),
    KA205(ERASMUS_PLUS,              G2014_2020, STRATEGIC_PARTNERSHIP),
    KA347(ERASMUS_PLUS,              G2014_2020, YOUTH_DIALOGUE,            KEY_COMPETENCES),
    ESC11(EUROPEAN_SOLIDARITY_CORPS, G2014_2020, VOLUNTEERING_PROJECT,      KEY_COMPETENCES),
    ESC12(EUROPEAN_SOLIDARITY_CORPS, G2014_2020, VOLUNTEERING_PARTNERSHIP,  KEY_COMPETENCES),
    ESC13(EUROPEAN_SOLIDARITY_CORPS, G2014_2020, VOLUNTEERING_PARTNERSHIP,  KEY_COMPETENCES),
    ESC21(EUROPEAN_SOLIDARITY_CORPS, G2014_2020, TRAINEESHIPS_AND_JOBS);

    private static final Map<String, ActionCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ActionCode::code, Function.identity()));

    private final Programme programme;
    private final Generation generation;
    private final ProjectFormat format;
    /** Empty when Youthpass is not issued for this kind of project. */
    private final Optional<CompetenceFramework> participantFramework;

    /** A project type with Youthpass. */
    ActionCode(Programme programme, Generation generation, ProjectFormat format, CompetenceFramework participants) {
        this(programme, generation, format, Optional.of(participants));
    }

    /** A project type we recognise, but without Youthpass. */
    ActionCode(Programme programme, Generation generation, ProjectFormat format) {
        this(programme, generation, format, Optional.empty());
    }

    ActionCode(Programme programme, Generation generation, ProjectFormat format,
            Optional<CompetenceFramework> participantFramework) {
        this.programme = programme;
        this.generation = generation;
        this.format = format;
        this.participantFramework = participantFramework;
    }

    /** Looks up an upper-case code such as {@code KA152}. */
    public static Optional<ActionCode> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The code as printed in project numbers, e.g. {@code KA152}. */
    public String code() {
        return name();
    }

    public Programme programme() {
        return programme;
    }

    public Generation generation() {
        return generation;
    }

    public ProjectFormat format() {
        return format;
    }

    public NumberLayout layout() {
        return NumberLayout.of(programme, generation);
    }

    public boolean isYouthpassAvailable() {
        return participantFramework.isPresent();
    }

    /**
     * The framework a learner's self-assessment starts with: team members always use the ETS model; participants use
     * the key competences, except youth workers in KA153.
     *
     * @throws IllegalStateException for a code without Youthpass; such a code never gets into a {@link ProjectNumber}
     */
    public CompetenceFramework frameworkFor(LearnerKind learner) {
        CompetenceFramework forParticipants = participantFramework
                .orElseThrow(() -> new IllegalStateException("Youthpass is not available for " + code()));
        return learner == LearnerKind.TEAM_MEMBER ? ETS : forParticipants;
    }
}

package eu.youthpass.project.number;

import java.time.Clock;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The approved project number, i.e. the grant agreement number, as in the contract: e.g.
 * {@code 2022-1-LV02-KA152-YOU-000000000}. It tells the programme, its generation and the project format, which decide
 * the certificate layout and the competence framework.
 *
 * <pre>
 * switch (ProjectNumber.parse(entered)) {
 *     case ParseResult.Valid valid -> project.setNumber(valid.number());
 *     case ParseResult.Invalid invalid -> show(invalid.problem());
 * }
 * </pre>
 */
public final class ProjectNumber {

    /** The longest valid number, {@code YYYY-R-CCNN-KA###-YOU-#########}: for column and input lengths. */
    public static final int MAX_LENGTH = 31;

    private final String value;
    private final int callYear;
    private final int round;
    private final String agency;
    private final ActionCode actionCode;
    private final String field;
    private final String serial;

    ProjectNumber(int callYear, int round, String agency, ActionCode actionCode, String field, String serial) {
        this.callYear = callYear;
        this.round = round;
        this.agency = agency;
        this.actionCode = actionCode;
        this.field = field;
        this.serial = serial;
        this.value = callYear + "-" + round + "-" + agency + "-" + actionCode.code()
                + (field == null ? "" : "-" + field) + "-" + serial;
    }

    /** Reads what a user entered; never throws. The latest accepted call year is next year by the system clock. */
    public static ParseResult parse(String raw) {
        return parse(raw, Clock.systemUTC());
    }

    /** As {@link #parse(String)}, with the clock that decides the latest accepted call year (next year). */
    public static ParseResult parse(String raw, Clock clock) {
        return new ProjectNumberParser(Year.now(clock).getValue()).parse(raw);
    }

    /** The canonical form: upper case, nothing around it. */
    public String value() {
        return value;
    }

    public int callYear() {
        return callYear;
    }

    /** The application round within the call year, 1 to 3. */
    public int round() {
        return round;
    }

    /** The national agency, country code and two digits, e.g. {@code LV02}. */
    public String agency() {
        return agency;
    }

    /** The agency's country as the programme writes it: {@code EL} for Greece, {@code UK} for the United Kingdom. */
    public String agencyCountry() {
        return agency.substring(0, 2);
    }

    public ActionCode actionCode() {
        return actionCode;
    }

    public Programme programme() {
        return actionCode.programme();
    }

    public Generation generation() {
        return actionCode.generation();
    }

    public ProjectFormat format() {
        return actionCode.format();
    }

    /** {@code YOU} or a Solidarity Corps strand such as {@code VTJ}; numbers before 2021 have none. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Kept as text: its leading zeros are part of the number. */
    public String serial() {
        return serial;
    }

    /** Projects of the 2014–2020 programmes keep the older certificate layout. */
    public boolean usesOlderCertificateLayout() {
        return generation() == Generation.G2014_2020;
    }

    public CompetenceFramework frameworkFor(LearnerKind learner) {
        return actionCode.frameworkFor(learner);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectNumber number && value.equals(number.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package eu.youthpass.project.number;

/**
 * What is wrong with an entered project number. Each kind has a message key in the {@code i18n/messages} bundle; the
 * {@link Problem#arguments()} listed here are that message's {@code {0}}, {@code {1}}, … in order.
 */
public enum ProblemKind {
    /** Nothing but spaces or invisible characters. No arguments. */
    EMPTY("project_number.problem.empty"),
    /** A space or invisible character inside the number: the number as entered, the number without them. */
    INNER_SPACE("project_number.problem.inner_space"),
    /** Parts joined by something that is not a hyphen (en dash, slash…): the character found, {@code -}. */
    WRONG_SEPARATOR("project_number.problem.wrong_separator"),
    /** A part is missing or there are no hyphens; {@link Problem#part()} is the missing part: the number, the pattern. */
    STRUCTURE("project_number.problem.structure"),
    /** The call year is not four digits: the text found, an example year. */
    YEAR_FORMAT("project_number.problem.year_format"),
    /** The call year found, the first and the last accepted year. */
    YEAR_OUT_OF_RANGE("project_number.problem.year_out_of_range"),
    /** The round found, the first and the last round. */
    ROUND("project_number.problem.round"),
    /** Not two letters of a country and two digits: the text found, an example ({@code LV02}). */
    AGENCY("project_number.problem.agency"),
    /** Not shaped like an action code: the text found, an Erasmus+ example, a Solidarity Corps example. */
    ACTION("project_number.problem.action"),
    /** Shaped like an action code but not one we know: the code. */
    UNKNOWN_ACTION("project_number.problem.unknown_action"),
    /** A known action code for which Youthpass is not issued: the code. */
    NOT_AVAILABLE("project_number.problem.not_available"),
    /**
     * The action code belongs to another programme generation than the call year or the rest of the number: the code,
     * the first and the last call year of its generation, the pattern of its numbers.
     */
    GENERATION_MISMATCH("project_number.problem.generation_mismatch"),
    /** The field is not {@code YOU} (Erasmus+) or not a three-letter strand (Solidarity Corps): the text, an example. */
    FIELD("project_number.problem.field"),
    /** The serial is not all digits or has the wrong length: the text found, the number of digits expected. */
    SERIAL("project_number.problem.serial"),
    /** Something follows the serial: the extra text, with its leading hyphen. */
    TOO_LONG("project_number.problem.too_long"),
    /**
     * A letter where a digit belongs or the other way round (O/0, I/1, S/5…); {@link Problem#part()} says where:
     * the text found, the text as it probably should be.
     */
    LOOK_ALIKE("project_number.problem.look_alike");

    private final String messageKey;

    ProblemKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

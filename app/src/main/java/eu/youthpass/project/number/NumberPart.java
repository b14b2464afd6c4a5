package eu.youthpass.project.number;

/** The parts of a project number, left to right, so a message can name the part that is wrong. */
public enum NumberPart {
    WHOLE_NUMBER("project_number.part.whole_number"),
    CALL_YEAR("project_number.part.call_year"),
    ROUND("project_number.part.round"),
    AGENCY("project_number.part.agency"),
    ACTION("project_number.part.action"),
    FIELD("project_number.part.field"),
    SERIAL("project_number.part.serial");

    private final String messageKey;

    NumberPart(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key in the {@code i18n/messages} bundle naming the part, e.g. "the national agency code". */
    public String messageKey() {
        return messageKey;
    }
}

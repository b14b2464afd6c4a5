package eu.youthpass.learning;

/** Names of the texts an organisation may correct: {@link #TASKS} or a {@link Competence} name. */
public final class CorrectableField {

    public static final String TASKS = "TASKS";

    private CorrectableField() {
    }
}

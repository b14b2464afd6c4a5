package eu.youthpass.learning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The learner's form as typed: what the page binds to and what "Save" sends in one go. */
public class LearnerDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String birthPlace;
    private String tasks;
    private String goals;
    private final Map<Competence, String> answers = new EnumMap<>(Competence.class);
    private ReferenceForm reference1 = new ReferenceForm();
    private ReferenceForm reference2 = new ReferenceForm();

    public static LearnerDraft of(LearningRecord record) {
        LearnerDraft draft = new LearnerDraft();
        PersonalData personal = record.personalData();
        draft.firstName = personal.firstName();
        draft.lastName = personal.lastName();
        draft.birthDate = personal.birthDate();
        draft.birthPlace = personal.birthPlace();
        draft.tasks = record.getTasks();
        draft.goals = record.getGoals();
        draft.answers.putAll(record.answers());
        draft.reference1 = record.referenceForm(1);
        draft.reference2 = record.referenceForm(2);
        return draft;
    }

    public PersonalData personalData() {
        return new PersonalData(firstName, lastName, birthDate, birthPlace);
    }

    public ReferenceForm reference(int slot) {
        return slot == 1 ? reference1 : reference2;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    /** Bound by the page as {@code draft.answers[competence]}. */
    public Map<Competence, String> getAnswers() {
        return answers;
    }

    public ReferenceForm getReference1() {
        return reference1;
    }

    public ReferenceForm getReference2() {
        return reference2;
    }
}

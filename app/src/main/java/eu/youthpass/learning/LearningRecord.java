package eu.youthpass.learning;

import eu.youthpass.person.Person;
import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's self-assessment and their own version of their personal data. The learner writes it through their
 * link; the organisation reads it only once submitted, and can change a text only through a recorded correction.
 */
@Entity
@Table(name = "learning_record")
public class LearningRecord extends OrganisationOwned {

    /** Limits of the learner's texts: generous, but a certificate page must still hold them. */
    public static final int ANSWER_MAX_LENGTH = 5000;
    public static final int TASKS_MAX_LENGTH = 3000;
    public static final int GOALS_MAX_LENGTH = 3000;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "first_name", length = Person.NAME_MAX_LENGTH)
    private String firstName;

    @Column(name = "last_name", length = Person.NAME_MAX_LENGTH)
    private String lastName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_place", length = Person.PLACE_MAX_LENGTH)
    private String birthPlace;

    private String tasks;

    private String goals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competence_answer", joinColumns = @JoinColumn(name = "person_id"))
    private List<CompetenceAnswer> answers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learner_reference", joinColumns = @JoinColumn(name = "person_id"))
    private List<LearnerReference> references = new ArrayList<>();

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected LearningRecord() {
    }

    /** A learner's first visit: the organisation's data is their starting point. */
    public LearningRecord(Person person) {
        super(person.getOrganisationId());
        this.personId = person.getId();
        this.firstName = person.getFirstName();
        this.lastName = person.getLastName();
        this.birthDate = person.getBirthDate();
        this.birthPlace = person.getBirthPlace();
    }

    public void describePerson(PersonalData data, boolean namesEditable) {
        if (namesEditable) {
            firstName = data.firstName();
            lastName = data.lastName();
        }
        birthDate = data.birthDate();
        birthPlace = data.birthPlace();
        saved();
    }

    public PersonalData personalData() {
        return new PersonalData(firstName, lastName, birthDate, birthPlace);
    }

    public void describeTasks(String text) {
        tasks = text;
        saved();
    }

    public void setGoals(String text) {
        goals = text;
        saved();
    }

    /** An empty text removes the answer: the competence is left out of the certificate. */
    public void answer(Competence competence, String text) {
        answers.removeIf(a -> a.getCompetence() == competence);
        if (text != null && !text.isBlank()) {
            answers.add(new CompetenceAnswer(competence, text, getOrganisationId()));
        }
        saved();
    }

    public Optional<String> answerTo(Competence competence) {
        return answers.stream().filter(a -> a.getCompetence() == competence).map(CompetenceAnswer::getAnswer).findFirst();
    }

    public Map<Competence, String> answers() {
        Map<Competence, String> byCompetence = new EnumMap<>(Competence.class);
        answers.forEach(a -> byCompetence.put(a.getCompetence(), a.getAnswer()));
        return byCompetence;
    }

    public void refer(int slot, ReferenceForm form) {
        if (slot < 1 || slot > 2) {
            throw new IllegalArgumentException("A learner names at most two references");
        }
        references.removeIf(r -> r.getSlot() == slot);
        if (!form.isEmpty()) {
            references.add(new LearnerReference(slot, form, getOrganisationId()));
        }
        saved();
    }

    public List<LearnerReference> references() {
        return references.stream().sorted(Comparator.comparingInt(LearnerReference::getSlot)).toList();
    }

    public ReferenceForm referenceForm(int slot) {
        return references.stream().filter(r -> r.getSlot() == slot).findFirst().map(LearnerReference::form)
                .orElseGet(ReferenceForm::new);
    }

    public void submitted() {
        submittedAt = Instant.now();
    }

    private void saved() {
        savedAt = Instant.now();
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTasks() {
        return tasks;
    }

    public String getGoals() {
        return goals;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}

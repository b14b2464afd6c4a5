package eu.youthpass.learning;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.person.Person;
import eu.youthpass.person.PersonService;
import eu.youthpass.person.PersonStatus;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectHistory;
import eu.youthpass.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;

/**
 * The organisation's review of a submitted self-assessment: accept it, send it back with a comment (the learner
 * gets a mail with a fresh link), or correct an obvious error in a text, recorded with a note and both versions.
 */
@ApplicationScoped
@Transactional
@TenantData
public class Reviews {

    /** What the review page shows. The record (null before) and evidence only once submitted: drafts are the learner's. */
    public record ReviewSheet(Person person, LearningRecord record, List<EvidenceLink> evidence,
                              List<ReviewNote> notes, List<Competence> competences) {
    }

    @Inject
    PersonService people;

    @Inject
    ProjectService projects;

    @Inject
    LearnerRecords records;

    @Inject
    LearnerInvitations invitations;

    @Inject
    ProjectHistory history;

    @Inject
    CurrentUser currentUser;

    public ReviewSheet sheet(long projectId, long personId) {
        Person person = people.person(projectId, personId);
        long organisationId = person.getOrganisationId();
        boolean readable = person.getStatus().isReviewable();
        LearningRecord record = readable ? records.record(organisationId, personId).orElse(null) : null;
        return new ReviewSheet(person, record,
                readable ? records.evidence(organisationId, personId) : List.of(),
                records.notes(organisationId, personId),
                Competence.of(person.framework()));
    }

    public void accept(long projectId, long personId, String comment) {
        Person person = people.person(projectId, personId);
        LearningRecord record = submittedRecord(person);
        person.accepted();
        records.add(ReviewNote.accepted(record, comment, author()));
        changed(projectId, "history.self_assessment_accepted", person);
    }

    /** The learner may edit again; the mail carries a new link, since the old one's secret is not kept. */
    public LearnerInvitations.IssuedLink sendBack(long projectId, long personId, String comment) {
        Person person = people.person(projectId, personId);
        LearningRecord record = submittedRecord(person);
        person.sentBack();
        records.add(ReviewNote.sentBack(record, Objects.requireNonNull(comment), author()));
        InvitationForm form = new InvitationForm();
        form.setNamesEditable(records.invitations(person.getOrganisationId(), personId).stream().findFirst()
                .map(LearnerInvitation::isNamesEditable).orElse(true));
        form.setMessage(comment);
        Project project = projects.get(projectId);
        LearnerInvitations.IssuedLink link = invitations.issue(project, person, form, "sent_back");
        changed(projectId, "history.self_assessment_sent_back", person);
        return link;
    }

    /** Replaces one text of a submitted self-assessment, keeping both versions and the reason in a note. */
    public void correct(long projectId, long personId, String field, String text, String note) {
        Person person = people.person(projectId, personId);
        LearningRecord record = submittedRecord(person);
        if (person.getStatus() != PersonStatus.SUBMITTED
                && person.getStatus() != PersonStatus.ACCEPTED) {
            throw new IllegalStateException("Only a self-assessment under review can be corrected");
        }
        String before;
        if (CorrectableField.TASKS.equals(field)) {
            before = record.getTasks();
            record.describeTasks(text);
        } else {
            Competence competence = Competence.valueOf(field);
            before = record.answerTo(competence).orElse(null);
            record.answer(competence, text);
        }
        records.add(ReviewNote.corrected(record, field, before, text, Objects.requireNonNull(note), author()));
        changed(projectId, "history.self_assessment_corrected", person);
    }

    private LearningRecord submittedRecord(Person person) {
        if (!person.getStatus().isReviewable()) {
            throw new IllegalStateException("Nothing submitted to review");
        }
        return records.record(person.getOrganisationId(), person.getId()).orElseThrow();
    }

    private String author() {
        return currentUser.get().fullName();
    }

    private void changed(long projectId, String what, Person person) {
        Project project = projects.get(projectId);
        history.record(project, what, person.getFullName());
        projects.markChanged(project);
    }
}

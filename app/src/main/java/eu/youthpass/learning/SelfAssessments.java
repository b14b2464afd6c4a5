package eu.youthpass.learning;

import eu.youthpass.person.Person;
import eu.youthpass.platform.security.SecretToken;
import eu.youthpass.platform.tenancy.DatabaseScope;
import eu.youthpass.project.Activity;
import eu.youthpass.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The learner's side: everything goes through their link's secret, which is checked on every call (a link revoked
 * while the page is open stops working at the next save). The link is found under platform scope; all else runs in
 * the scope of the organisation that issued it, and only for the person it was issued to.
 */
@ApplicationScoped
@Transactional
public class SelfAssessments {

    @Inject
    LearnerRecords records;

    @Inject
    DatabaseScope scope;

    /** The learner's person, their record and the link they came with, for one call. */
    private record Access(LearnerInvitation invitation, Person person, LearningRecord record) {

        void requireEditable() {
            if (!person.getStatus().isEditableByLearner()) {
                throw new IllegalStateException("Submitted: the learner cannot change it now");
            }
        }
    }

    private Access access(String token) {
        scope.enterPlatform(null);
        LearnerInvitation invitation = records.invitationByTokenHash(SecretToken.hashOf(token))
                .orElseThrow(() -> new LinkClosedException(null, null));
        long organisationId = invitation.getOrganisationId();
        scope.enterOrganisation(organisationId, null);
        LearnerInvitation.State state = invitation.state(Instant.now());
        if (state != LearnerInvitation.State.OPEN) {
            throw new LinkClosedException(state, records.organisationName(organisationId));
        }
        Person person = invitation.getPerson();
        return new Access(invitation, person, records.recordOrNew(person));
    }

    /**
     * The learner the link was issued to, with the caller's transaction scoped to their organisation; throws
     * {@link LinkClosedException} as every other call does. For features that serve the learner through the same
     * link, such as downloading their certificate.
     */
    public Person learner(String token) {
        return access(token).person();
    }

    public LearnerSheet open(String token) {
        Access access = access(token);
        Person person = access.person();
        Project project = person.getProject();
        long organisationId = person.getOrganisationId();
        List<String> activities = person.getActivities().stream()
                .sorted(Comparator.comparing(Activity::getStartDate)).map(Activity::getTitle).toList();
        return new LearnerSheet(access.invitation(), records.organisationName(organisationId), project, activities,
                person, person.framework(), access.record(),
                records.evidence(organisationId, person.getId()), records.journal(organisationId, person.getId()),
                records.notes(organisationId, person.getId()));
    }

    public void savePersonalData(String token, PersonalData data) {
        Access access = access(token);
        access.requireEditable();
        access.record().describePerson(data, access.invitation().isNamesEditable());
    }

    public void saveTasks(String token, String tasks) {
        Access access = access(token);
        access.requireEditable();
        access.record().describeTasks(tasks);
    }

    public void saveAnswer(String token, Competence competence, String text) {
        Access access = access(token);
        access.requireEditable();
        if (!Competence.of(access.person().framework())
                .contains(competence)) {
            throw new IllegalArgumentException(competence + " is not in this learner's framework");
        }
        access.record().answer(competence, text);
    }

    public void saveReference(String token, int slot, ReferenceForm form) {
        Access access = access(token);
        access.requireEditable();
        access.record().refer(slot, form);
    }

    /** Everything typed at once (the "Save" button and the last save before submitting). */
    public void saveDraft(String token, LearnerDraft draft) {
        Access access = access(token);
        access.record().setGoals(draft.getGoals());
        if (!access.person().getStatus().isEditableByLearner()) {
            return;
        }
        LearningRecord record = access.record();
        record.describePerson(draft.personalData(), access.invitation().isNamesEditable());
        record.describeTasks(draft.getTasks());
        for (Competence competence : Competence.of(access.person().framework())) {
            record.answer(competence, draft.getAnswers().get(competence));
        }
        record.refer(1, draft.reference(1));
        record.refer(2, draft.reference(2));
    }

    /** Goals and the journal are the learner's own, private and editable even after submitting. */
    public void saveGoals(String token, String goals) {
        access(token).record().setGoals(goals);
    }

    /** False when the learner already has the most links allowed. */
    public boolean addEvidence(String token, String title, WebAddress url) {
        Access access = access(token);
        access.requireEditable();
        Person person = access.person();
        if (records.evidence(person.getOrganisationId(), person.getId()).size() >= EvidenceLink.MAX_PER_LEARNER) {
            return false;
        }
        records.add(new EvidenceLink(access.record(), title, url));
        return true;
    }

    public void removeEvidence(String token, long evidenceId) {
        Access access = access(token);
        access.requireEditable();
        Person person = access.person();
        records.evidence(person.getOrganisationId(), person.getId()).stream()
                .filter(e -> e.getId() == evidenceId).findFirst().ifPresent(records::remove);
    }

    public void addJournalEntry(String token, LocalDate writtenOn, String text) {
        records.add(new JournalEntry(access(token).record(), writtenOn, text));
    }

    public void removeJournalEntry(String token, long entryId) {
        Person person = access(token).person();
        records.journal(person.getOrganisationId(), person.getId()).stream()
                .filter(j -> j.getId() == entryId).findFirst().ifPresent(records::remove);
    }

    /** The organisation sees the self-assessment from now on; the learner's personal data replaces theirs. */
    public void submit(String token) {
        Access access = access(token);
        access.requireEditable();
        PersonalData data = access.record().personalData();
        access.person().submitted(data.firstName(), data.lastName(), data.birthDate(), data.birthPlace());
        access.record().submitted();
    }
}

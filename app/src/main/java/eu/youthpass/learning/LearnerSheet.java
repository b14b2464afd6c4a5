package eu.youthpass.learning;

import eu.youthpass.person.Person;
import eu.youthpass.project.Project;
import eu.youthpass.project.number.CompetenceFramework;

import java.util.List;

/** Everything the learner's page shows, read in one transaction. Journal entries only ever go to the learner. */
public record LearnerSheet(LearnerInvitation invitation, String organisationName, Project project,
                           List<String> activityTitles, Person person, CompetenceFramework framework,
                           LearningRecord record, List<EvidenceLink> evidence, List<JournalEntry> journal,
                           List<ReviewNote> notes) {

    public List<Competence> competences() {
        return Competence.of(framework);
    }

    public boolean isEditable() {
        return person.getStatus().isEditableByLearner();
    }

    /** The last comment of a send-back, shown on top while the learner edits again. */
    public ReviewNote lastSendBack() {
        return notes.stream().filter(n -> n.getKind() == ReviewNote.Kind.SENT_BACK).reduce((a, b) -> b).orElse(null);
    }

    public List<ReviewNote> corrections() {
        return notes.stream().filter(n -> n.getKind() == ReviewNote.Kind.CORRECTED).toList();
    }
}

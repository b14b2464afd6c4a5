package eu.youthpass.learning.web;

import eu.youthpass.learning.CorrectableField;
import eu.youthpass.learning.Competence;
import eu.youthpass.learning.LearnerInvitation;
import eu.youthpass.learning.LearnerInvitations;
import eu.youthpass.learning.LearningRecord;
import eu.youthpass.learning.Reviews;
import eu.youthpass.person.PersonStatus;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.web.ProjectPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

/**
 * project/learner.xhtml?project=…&id=…: one learner from the organisation's side: their link (invite, copy,
 * revoke) and the review of what they submitted (accept, send back, correct with a note).
 */
@Named
@ViewScoped
public class LearnerBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearnerInvitations invitations;

    @Inject
    transient Reviews reviews;

    private Long id;
    private transient Reviews.ReviewSheet sheet;
    private transient LearnerInvitation latestLink;
    private final InvitationDialog invitation = new InvitationDialog("invite");
    private String comment;
    private String correctionField;
    private String correctionText;
    private String correctionNote;

    public void load() {
        loadProject();
        refresh();
    }

    private void refresh() {
        if (id == null) {
            Pages.notFound(); // a malformed or missing id: the view parameter could not be converted
        }
        sheet = reviews.sheet(getProject().getId(), id);
        latestLink = invitations.latest(projectId, id).orElse(null);
    }

    public void invite() {
        if (invitation.send(invitations, projectId, List.of(id))) {
            refresh();
        }
    }

    public void revoke() {
        invitations.revoke(projectId, id);
        Pages.info("learner.link_revoked");
        refresh();
    }

    public void accept() {
        run(() -> reviews.accept(projectId, id, blankToNull(comment)), "review.accepted");
    }

    public void sendBack() {
        if (comment == null || comment.isBlank()) {
            Pages.fieldError("decide:comment", "review.comment_required");
            return;
        }
        run(() -> reviews.sendBack(projectId, id, comment), "review.sent_back");
    }

    public void correct() {
        boolean ok = true;
        if (correctionField == null) {
            Pages.fieldError("correct:field", "review.correction.field_required");
            ok = false;
        }
        if (correctionNote == null || correctionNote.isBlank()) {
            Pages.fieldError("correct:note", "review.correction.note_required");
            ok = false;
        }
        if (!ok) {
            return;
        }
        run(() -> reviews.correct(projectId, id, correctionField, correctionText, correctionNote), "review.corrected");
        correctionField = null;
        correctionText = null;
        correctionNote = null;
    }

    /** Prefills the correction with the current text of the chosen field. */
    public void chooseCorrectionField() {
        LearningRecord record = getSheet().record();
        if (correctionField == null || record == null) {
            correctionText = null;
        } else if (CorrectableField.TASKS.equals(correctionField)) {
            correctionText = record.getTasks();
        } else {
            correctionText = record.answerTo(Competence.valueOf(correctionField)).orElse(null);
        }
    }

    private void run(Runnable review, String doneKey) {
        try {
            review.run();
            comment = null;
            Pages.info(doneKey);
        } catch (IllegalStateException changedMeanwhile) {
            Pages.error("review.not_possible");
        }
        refresh();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Reviews.ReviewSheet getSheet() {
        if (sheet == null) {
            refresh();
        }
        return sheet;
    }

    public LearnerInvitation getLatestLink() {
        return latestLink;
    }

    public LearnerInvitation.State getLinkState() {
        return latestLink == null ? null : latestLink.state(Instant.now());
    }

    public boolean isCorrectable() {
        PersonStatus status = getSheet().person().getStatus();
        return status == PersonStatus.SUBMITTED || status == PersonStatus.ACCEPTED;
    }

    public InvitationDialog getInvitation() {
        return invitation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCorrectionField() {
        return correctionField;
    }

    public void setCorrectionField(String correctionField) {
        this.correctionField = correctionField;
    }

    public String getCorrectionText() {
        return correctionText;
    }

    public void setCorrectionText(String correctionText) {
        this.correctionText = correctionText;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }
}

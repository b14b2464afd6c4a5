package eu.youthpass.learning.web;

import eu.youthpass.learning.InvitationForm;
import eu.youthpass.learning.LearnerInvitations;
import eu.youthpass.platform.web.Pages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The invitation form shared by the people list (many learners) and a learner's own page (one): checks what was
 * typed, sends, and keeps the links made so the page can show them once for copying.
 */
public class InvitationDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private InvitationForm form = new InvitationForm();
    private List<LearnerInvitations.IssuedLink> issued = List.of();

    public InvitationDialog(String formId) {
        this.formId = formId;
    }

    /** True when sent; the form is then fresh again. */
    public boolean send(LearnerInvitations invitations, long projectId, List<Long> personIds) {
        if (form.getDeadline() != null && form.getDeadline().isBefore(LocalDate.now())) {
            Pages.fieldError(formId + ":deadline", "invite.deadline_past");
            return false;
        }
        issued = invitations.invite(projectId, personIds, form);
        long mailed = issued.stream().filter(LearnerInvitations.IssuedLink::mailed).count();
        if (mailed > 0) {
            Pages.infoText(Pages.plural("invite.sent", mailed));
        } else {
            Pages.info("invite.links_made");
        }
        form = new InvitationForm();
        return true;
    }

    public InvitationForm getForm() {
        return form;
    }

    public List<LearnerInvitations.IssuedLink> getIssued() {
        return issued;
    }
}

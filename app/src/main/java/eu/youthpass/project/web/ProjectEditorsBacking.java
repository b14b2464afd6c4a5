package eu.youthpass.project.web;

import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.MembershipInvitation;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectEditors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** project/editors.xhtml?project=…: who besides the organisation's members may edit this project. */
@Named
@ViewScoped
public class ProjectEditorsBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectEditors editors;

    @Inject
    LocaleSelection localeSelection;

    private String email;
    private transient List<Membership> current;
    private transient List<MembershipInvitation> invitations;

    public void load() {
        loadProject();
        projects.requireAdministrator();
    }

    public List<Membership> getEditors() {
        if (current == null) {
            current = editors.editors(projectId);
        }
        return current;
    }

    public List<MembershipInvitation> getInvitations() {
        if (invitations == null) {
            invitations = editors.openInvitations(projectId);
        }
        return invitations;
    }

    public void invite() {
        editors.invite(projectId, email.strip(), localeSelection.getLocale());
        Pages.info("editors.invited", email.strip());
        email = null;
        invitations = null;
    }

    public void withdraw(long membershipId) {
        editors.withdraw(projectId, membershipId);
        Pages.info("editors.withdrawn");
        current = null;
    }

    public void revoke(long invitationId) {
        editors.revokeInvitation(projectId, invitationId);
        Pages.info("members.invitation_revoked");
        invitations = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

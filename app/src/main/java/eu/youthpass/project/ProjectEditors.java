package eu.youthpass.project;

import eu.youthpass.account.AccountRepository;
import eu.youthpass.account.CurrentUser;
import eu.youthpass.account.UserAccount;
import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.MembershipInvitation;
import eu.youthpass.organisation.MembershipRepository;
import eu.youthpass.platform.config.Settings;
import eu.youthpass.platform.mail.Mail;
import eu.youthpass.platform.mail.Mailer;
import eu.youthpass.platform.security.SecretToken;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.platform.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Editors of one project (often a mentor or a partner organisation's staff): the organisation's members invite
 * them by e-mail and can withdraw their access. Editors edit the project and its people, nothing else.
 */
@ApplicationScoped
@Transactional
@TenantData
public class ProjectEditors {

    @Inject
    ProjectService projects;

    @Inject
    MembershipRepository memberships;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    ProjectHistory history;

    public List<Membership> editors(long projectId) {
        Project project = administeredProject(projectId);
        return memberships.editorsOf(project.getOrganisationId(), project.getId());
    }

    public List<MembershipInvitation> openInvitations(long projectId) {
        Project project = administeredProject(projectId);
        return memberships.openEditorInvitations(project.getOrganisationId(), project.getId(), Instant.now());
    }

    public void invite(long projectId, String email, Locale mailLocale) {
        Project project = administeredProject(projectId);
        Membership me = memberships.ofUserIn(project.getOrganisationId(), currentUser.userId()).orElseThrow(NotFoundException::new);
        String normalised = UserAccount.normaliseEmail(email);
        Instant now = Instant.now();
        memberships.openEditorInvitations(project.getOrganisationId(), projectId, now).stream()
                .filter(i -> i.getEmail().equals(normalised)).forEach(i -> i.revoke(now));
        SecretToken token = SecretToken.generate();
        memberships.add(MembershipInvitation.toEdit(me.getOrganisation(), projectId, normalised, me.getAccount(), token.hash()));
        Locale locale = accounts.byEmail(normalised).map(UserAccount::getLocale).orElse(mailLocale);
        mailer.send(Mail.compose(normalised, locale, "editor_invitation", me.getAccount().getFullName(),
                me.getOrganisation().getName(), project.getTitle(),
                settings.baseUrl() + "/organisation/join.xhtml?token=" + token.value(),
                MembershipInvitation.VALIDITY.toDays()));
        history.record(project, "history.editor_invited", normalised);
    }

    public void withdraw(long projectId, long membershipId) {
        Project project = administeredProject(projectId);
        Membership editor = memberships.editorsOf(project.getOrganisationId(), projectId).stream()
                .filter(m -> m.getId().equals(membershipId)).findFirst().orElseThrow(NotFoundException::new);
        memberships.revoke(editor, projectId);
        history.record(project, "history.editor_withdrawn", editor.getAccount().getEmail());
    }

    public void revokeInvitation(long projectId, long invitationId) {
        Project project = administeredProject(projectId);
        memberships.openEditorInvitations(project.getOrganisationId(), projectId, Instant.now()).stream()
                .filter(i -> i.getId().equals(invitationId)).findFirst().orElseThrow(NotFoundException::new)
                .revoke(Instant.now());
    }

    private Project administeredProject(long projectId) {
        projects.requireAdministrator();
        return projects.get(projectId);
    }
}

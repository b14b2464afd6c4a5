package eu.youthpass.learning;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.person.Person;
import eu.youthpass.person.PersonService;
import eu.youthpass.platform.config.Settings;
import eu.youthpass.platform.i18n.Texts;
import eu.youthpass.platform.mail.Mail;
import eu.youthpass.platform.mail.Mailer;
import eu.youthpass.platform.security.SecretToken;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectHistory;
import eu.youthpass.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The organisation's side of learner links: invite (again), copy, revoke. */
@ApplicationScoped
@Transactional
@TenantData
public class LearnerInvitations {

    /** Whom a link was made for and the link itself: shown once, since only its hash is kept. */
    public record IssuedLink(long personId, String name, String email, String link, boolean mailed) {
    }

    @Inject
    LearnerRecords records;

    @Inject
    PersonService people;

    @Inject
    ProjectService projects;

    @Inject
    ProjectHistory history;

    @Inject
    CurrentUser currentUser;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    /** Sends each person a new link (ending any earlier one) and, unless asked not to, mails it. */
    public List<IssuedLink> invite(long projectId, List<Long> personIds, InvitationForm form) {
        Project project = projects.get(projectId);
        List<IssuedLink> issued = new ArrayList<>();
        for (long personId : personIds) {
            Person person = people.person(projectId, personId);
            issued.add(issue(project, person, form, "invitation"));
        }
        if (!issued.isEmpty()) {
            history.record(project, "history.learners_invited", String.valueOf(issued.size()));
            projects.markChanged(project);
        }
        return issued;
    }

    /**
     * A new link for one person, ending the earlier ones. Also used when a self-assessment is sent back, with
     * the mail that says so ({@code mailName} {@code sent_back}).
     */
    IssuedLink issue(Project project, Person person, InvitationForm form, String mailName) {
        endOpenLinks(person, LearnerInvitation.End.REPLACED);
        SecretToken token = SecretToken.generate();
        LearnerInvitation invitation = new LearnerInvitation(person, token.hash(), form, currentUser.get().fullName(),
                settings.learnerLinkValidity());
        records.add(invitation);
        person.invited();
        String link = linkFor(token);
        if (form.isSendMail()) {
            mailer.send(mailFor(project, person, invitation, link, mailName, form));
        }
        return new IssuedLink(person.getId(), person.getFullName(), person.getEmail(), link, form.isSendMail());
    }

    public void revoke(long projectId, long personId) {
        Person person = people.person(projectId, personId);
        endOpenLinks(person, LearnerInvitation.End.REVOKED);
        history.record(projects.get(projectId), "history.learner_link_revoked", person.getFullName());
    }

    /** The person's latest link, open or not. */
    public Optional<LearnerInvitation> latest(long projectId, long personId) {
        Person person = people.person(projectId, personId);
        return records.invitations(person.getOrganisationId(), person.getId()).stream().findFirst();
    }

    private void endOpenLinks(Person person, LearnerInvitation.End reason) {
        Instant now = Instant.now();
        records.invitations(person.getOrganisationId(), person.getId()).stream()
                .filter(i -> i.state(now) == LearnerInvitation.State.OPEN)
                .forEach(i -> i.end(reason));
    }

    private String linkFor(SecretToken token) {
        return settings.baseUrl() + LearnerLink.PATH + token.value();
    }

    private Mail mailFor(Project project, Person person, LearnerInvitation invitation, String link, String mailName,
                         InvitationForm form) {
        Locale locale = LearnerLink.languageOf(person);
        String organisation = records.organisationName(person.getOrganisationId());
        String message = form.getMessage() == null || form.getMessage().isBlank() ? ""
                : Texts.format(locale, "mail.learner.message", organisation, form.getMessage().strip()) + "\n\n";
        String deadline = form.getDeadline() == null ? ""
                : Texts.format(locale, "mail.learner.deadline",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(form.getDeadline())) + "\n\n";
        return Mail.compose(person.getEmail(), locale, "learner_" + mailName, person.getFirstName(), organisation,
                project.getTitle(), link, settings.learnerLinkValidity().toDays(), message, deadline,
                invitation.getInvitedBy());
    }
}

package eu.youthpass.organisation.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.MembershipInvitation;
import eu.youthpass.organisation.Organisation;
import eu.youthpass.organisation.OrganisationService;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** organisation/members.xhtml: the organisation's details, members and open invitations. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelection localeSelection;

    private transient List<Membership> members;
    private transient List<MembershipInvitation> invitations;
    private String inviteEmail;
    private String name;
    private String country;

    @PostConstruct
    void load() {
        Organisation organisation = organisations.current();
        name = organisation.getName();
        country = organisation.getCountry();
    }

    public List<Membership> getMembers() {
        if (members == null) {
            members = organisations.members();
        }
        return members;
    }

    public List<MembershipInvitation> getInvitations() {
        if (invitations == null) {
            invitations = currentUser.isOwner() ? organisations.openInvitations() : List.of();
        }
        return invitations;
    }

    public void invite() {
        var outcome = organisations.invite(inviteEmail.strip(), localeSelection.getLocale());
        switch (outcome) {
            case SENT -> Pages.info("members.invited", inviteEmail.strip());
            case ALREADY_MEMBER -> Pages.warn("members.already_member", inviteEmail.strip());
        }
        inviteEmail = null;
        invitations = null;
    }

    public void revoke(long invitationId) {
        organisations.revokeInvitation(invitationId);
        Pages.info("members.invitation_revoked");
        invitations = null;
    }

    public void remove(long membershipId) {
        if (organisations.removeMember(membershipId)) {
            Pages.info("members.removed");
        } else {
            Pages.error("members.last_owner");
        }
        members = null;
    }

    public void makeOwner(long membershipId) {
        organisations.makeOwner(membershipId);
        Pages.info("members.owner_added");
        members = null;
    }

    public void saveOrganisation() {
        organisations.rename(name.strip(), country);
        currentUser.refresh(null);
        Pages.info("organisation.saved");
    }

    public boolean isMe(Membership membership) {
        return membership.getAccount().getId().equals(currentUser.userId());
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}

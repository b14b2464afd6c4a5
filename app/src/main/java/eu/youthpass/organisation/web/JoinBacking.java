package eu.youthpass.organisation.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.InvitationAcceptance;
import eu.youthpass.organisation.InvitationAcceptance.OpenInvitation;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * organisation/join.xhtml?token=…: a colleague accepts an owner's invitation. Anyone with the link may open the page
 * (the colleague may have no account yet); only a signed-in account with the invited address can join.
 */
@Named
@ViewScoped
public class JoinBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitationAcceptance invitations;

    @Inject
    CurrentUser currentUser;

    private String token;
    private OpenInvitation invitation;

    /** The join page of an invitation, for redirects (always this path, so a token cannot redirect elsewhere). */
    public static String pageFor(String token) {
        return "/organisation/join.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public void load() {
        invitation = token == null ? null : invitations.open(token).orElse(null);
    }

    public void join() {
        var outcome = invitations.accept(token, currentUser.userId());
        switch (outcome) {
            case JOINED, ALREADY_MEMBER -> {
                currentUser.refresh(invitation.organisationId());
                Pages.info(outcome == InvitationAcceptance.Outcome.JOINED ? "join.joined" : "join.already_member",
                        invitation.organisationName());
                Pages.keepMessages();
                Pages.redirect(invitation.projectId() == null ? "/index.xhtml"
                        : "/project/view.xhtml?id=" + invitation.projectId());
            }
            case WRONG_ACCOUNT -> Pages.error("join.wrong_account", invitation.email());
            case INVALID -> invitation = null;
        }
    }

    public OpenInvitation getInvitation() {
        return invitation;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}

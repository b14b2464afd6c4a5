package eu.youthpass.account.web;

import eu.youthpass.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** confirm.xhtml?token=…: the link in the registration mail. */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    AccountService accounts;

    private String token;
    private String join;
    private boolean confirmed;

    public void confirm() {
        confirmed = token != null && accounts.confirm(token).isPresent();
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isJoining() {
        return join != null && !join.isBlank();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getJoin() {
        return join;
    }

    public void setJoin(String join) {
        this.join = join;
    }
}

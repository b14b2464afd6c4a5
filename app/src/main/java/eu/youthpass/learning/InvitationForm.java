package eu.youthpass.learning;

import java.io.Serializable;
import java.time.LocalDate;

/** What the organisation says when inviting learners: a personal message, a suggested deadline, how it is sent. */
public class InvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String message;
    private LocalDate deadline;
    private boolean namesEditable = true;
    private boolean sendMail = true;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isNamesEditable() {
        return namesEditable;
    }

    public void setNamesEditable(boolean namesEditable) {
        this.namesEditable = namesEditable;
    }

    public boolean isSendMail() {
        return sendMail;
    }

    public void setSendMail(boolean sendMail) {
        this.sendMail = sendMail;
    }
}

package eu.youthpass.learning;

import java.io.Serializable;

/** One reference as typed by the learner; all three fields empty means "no reference here". */
public class ReferenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String role;
    private String contact;

    public boolean isEmpty() {
        return blank(name) && blank(role) && blank(contact);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}

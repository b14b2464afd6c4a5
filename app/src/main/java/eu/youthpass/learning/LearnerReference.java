package eu.youthpass.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone who can vouch for the learner's competences: at most two, in slots 1 and 2. */
@Embeddable
public class LearnerReference {

    public static final int TEXT_MAX_LENGTH = 200;
    public static final int CONTACT_MAX_LENGTH = 254;

    @Column(nullable = false)
    private int slot;

    @Column(length = TEXT_MAX_LENGTH)
    private String name;

    @Column(length = TEXT_MAX_LENGTH)
    private String role;

    @Column(length = CONTACT_MAX_LENGTH)
    private String contact;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    protected LearnerReference() {
    }

    LearnerReference(int slot, ReferenceForm form, long organisationId) {
        this.slot = slot;
        this.name = form.getName();
        this.role = form.getRole();
        this.contact = form.getContact();
        this.organisationId = organisationId;
    }

    public int getSlot() {
        return slot;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getContact() {
        return contact;
    }

    public ReferenceForm form() {
        ReferenceForm form = new ReferenceForm();
        form.setName(name);
        form.setRole(role);
        form.setContact(contact);
        return form;
    }
}

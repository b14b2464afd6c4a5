package eu.youthpass.demo.web;

import eu.youthpass.demo.workshop.WorkshopForm;
import eu.youthpass.demo.workshop.WorkshopLogin;
import eu.youthpass.demo.workshop.WorkshopRefused;
import eu.youthpass.demo.workshop.Workshops;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ResourceBundle;

/** workshop/new.xhtml: a trainer opens a private workshop sandbox and gets their own login, shown once here. */
@Named
@ViewScoped
public class NewWorkshopBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Workshops workshops;

    private final WorkshopForm form = new WorkshopForm();
    private WorkshopLogin trainer;

    public void open() {
        try {
            trainer = workshops.open(form, Pages.clientAddress());
        } catch (WorkshopRefused refused) {
            String field = switch (refused.reasonKey()) {
                case "demo.workshop.field.name_required" -> "workshop:name";
                case "demo.workshop.field.seats_range" -> "workshop:seats";
                case "demo.workshop.field.ends_on_range" -> "workshop:endsOn";
                default -> null;
            };
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refused.reasonKey()), null));
            faces.validationFailed();
        }
    }

    public WorkshopForm getForm() {
        return form;
    }

    public WorkshopLogin getTrainer() {
        return trainer;
    }

    public boolean isOpened() {
        return trainer != null;
    }

    static String text(String key) {
        return ResourceBundle.getBundle("i18n.demo", Pages.locale(), NewWorkshopBacking.class.getClassLoader()).getString(key);
    }
}

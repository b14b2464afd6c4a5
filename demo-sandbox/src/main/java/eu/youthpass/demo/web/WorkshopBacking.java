package eu.youthpass.demo.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.demo.workshop.WorkshopView;
import eu.youthpass.demo.workshop.Workshops;
import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.youthpass.platform.i18n.Texts;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;

/** demo/workshop.xhtml: the trainer's view of every seat's progress, with a reset for each. Others get "not found". */
@Named
@RequestScoped
public class WorkshopBacking {

    @Inject
    Workshops workshops;

    @Inject
    CurrentUser currentUser;

    private WorkshopView workshop;

    /** f:viewAction */
    public void load() {
        workshop = workshops.ofTrainer(currentUser.userId()).orElse(null);
        if (workshop == null) {
            Pages.notFound();
        }
    }

    public void reset(int seat) {
        if (workshops.resetSeat(currentUser.userId(), seat)) {
            String text = new MessageFormat(NewWorkshopBacking.text("demo.workshop.reset_done"), Pages.locale()).format(new Object[]{seat});
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            Pages.keepMessages();
        }
        Pages.redirect("/demo/workshop.xhtml");
    }

    /** The last day in the page's date format (a converter cannot sit inside the message's parameter). */
    public String getEndsOn() {
        return DateTimeFormatter.ofPattern(Texts.get(Pages.locale(), "general.date_pattern"), Pages.locale())
                .format(getWorkshop().endsOn());
    }

    public WorkshopView getWorkshop() {
        if (workshop == null) {
            load();
        }
        return workshop;
    }
}

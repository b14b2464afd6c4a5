package eu.youthpass.demo.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.demo.wipe.DemoWipes;
import eu.youthpass.demo.wipe.WipeRun;
import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.ResourceBundle;

/** helpdesk/demo-wipe.xhtml: wipe the demo now, and the history of wipes. Under /helpdesk/*, so for the helpdesk only. */
@Named
@RequestScoped
public class DemoWipeBacking {

    static final int HISTORY = 50;

    @Inject
    DemoWipes wipes;

    @Inject
    CurrentUser currentUser;

    private List<WipeRun> runs;

    public void runNow() {
        boolean started = wipes.runNow(currentUser.get().email()).isPresent();
        message(started ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                started ? "demo.wipe.started" : "demo.wipe.busy");
        Pages.keepMessages();
        Pages.redirect("/helpdesk/demo-wipe.xhtml");
    }

    public List<WipeRun> getRuns() {
        if (runs == null) {
            runs = wipes.history(HISTORY);
        }
        return runs;
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ResourceBundle.getBundle("i18n.demo", Pages.locale(), DemoWipeBacking.class.getClassLoader()).getString(key);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}

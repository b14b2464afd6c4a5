package eu.youthpass.helpdesk.web;

import eu.youthpass.helpdesk.HelpdeskService;
import eu.youthpass.helpdesk.HelpdeskService.Figures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** helpdesk/index.xhtml */
@Named
@RequestScoped
public class HelpdeskHomeBacking {

    @Inject
    HelpdeskService helpdesk;

    private Figures figures;

    public Figures getFigures() {
        if (figures == null) {
            figures = helpdesk.figures();
        }
        return figures;
    }
}

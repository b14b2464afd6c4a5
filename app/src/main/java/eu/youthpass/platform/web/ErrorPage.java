package eu.youthpass.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Error pages answer with their own status code, not the 500 of the forward that brought them. */
@Named
@RequestScoped
public class ErrorPage {

    public void status(int code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(code);
        }
    }
}

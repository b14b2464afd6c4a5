package eu.youthpass.platform.web;

import eu.youthpass.platform.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** A single deliverable-looking address: local@domain.tld, validated strictly by Jakarta Mail. */
@FacesValidator("yp.email")
public class EmailValidator implements Validator<Object> {

    public static boolean isValid(String value) {
        String email = value == null ? "" : value.strip();
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !value.toString().isBlank() && !isValid(value.toString())) {
            String text = Texts.format(context.getViewRoot().getLocale(), "validation.email",
                    component.getAttributes().getOrDefault("label", ""));
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }
}

package eu.youthpass.platform.web;

import eu.youthpass.platform.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Names of people and organisations are printed on certificates: letters of any script, digits, spaces and
 * common punctuation; no emoji, symbols or control characters, which certificate fonts cannot print.
 */
@FacesValidator("yp.name")
public class NameValidator implements Validator<Object> {

    public static boolean isPrintableName(String value) {
        // SPACE_SEPARATOR only: isSpaceChar would also let line and paragraph separators (U+2028/9) break the line
        return value.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.SPACE_SEPARATOR
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                || "'’‘.,-–()&/\"«»„“”+#:;!?@".indexOf(cp) >= 0);
    }

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !isPrintableName(value.toString())) {
            String text = Texts.format(context.getViewRoot().getLocale(), "validation.name",
                    component.getAttributes().getOrDefault("label", ""));
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }
}

package eu.youthpass.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.util.regex.Pattern;

/**
 * Text fields take what was typed without the spaces around it, and nothing but spaces as nothing: then
 * {@code required} asks for it, instead of an account or an organisation being saved with a blank name.
 */
@FacesConverter("yp.trim")
public class TrimConverter implements Converter<String> {

    /** Every kind of space, not only the ASCII ones that {@link String#strip()} knows (no-break, ideographic…). */
    private static final Pattern AROUND = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    public static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = AROUND.matcher(value).replaceAll("");
        return trimmed.isEmpty() ? null : trimmed;
    }

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return trim(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}

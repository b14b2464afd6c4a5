package eu.youthpass.platform.web;

import eu.youthpass.platform.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Small things every page bean does: translated messages, redirects, the client's address.
 *
 * <pre>
 * Pages.info("account.saved");
 * Pages.error("password", "password.rule.too_short");  // next to the field with id "password"
 * Pages.redirect("/login.xhtml");
 * </pre>
 */
public final class Pages {

    private Pages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.format(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The text for a count in the page's language, e.g. {@code plural("import.done", 12)}: "12 people imported." */
    public static String plural(String key, long count) {
        return Texts.plural(locale(), key, count);
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** An already translated message for the whole page. */
    public static void infoText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void info(String key, Object... arguments) {
        message(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        message(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        message(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown next to one field; {@code clientId} is the field's full client id, e.g. "form:email". */
    public static void fieldError(String clientId, String key, Object... arguments) {
        message(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An already translated error text next to one field. */
    public static void fieldErrorText(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Keeps messages across a redirect (Post-Redirect-Get). */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static String clientAddress() {
        return request().getRemoteAddr();
    }

    public static void notFound() {
        throw new NotFoundException();
    }
}

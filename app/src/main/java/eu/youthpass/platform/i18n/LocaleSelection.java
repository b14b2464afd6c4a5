package eu.youthpass.platform.i18n;

import eu.youthpass.account.AccountService;
import eu.youthpass.account.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages. First choice: what the user picked (remembered in their account and in a cookie);
 * else the browser's Accept-Language; else English.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "yp_lang";

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AccountService accounts;

    private Locale locale;
    private boolean fromAccount;

    public Locale getLocale() {
        if (!fromAccount && currentUser.isSignedIn()) {
            locale = currentUser.get().locale();
            fromAccount = true;
        }
        if (locale == null) {
            locale = fromRequest();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getAvailable() {
        return Languages.SUPPORTED;
    }

    public String nameOf(Locale language) {
        return language.getDisplayLanguage(language);
    }

    /** The switcher: changes the language, remembers it, and reloads the page the user is on. */
    public void change(String tag) throws IOException {
        if (!Languages.isSupported(tag)) {
            return;
        }
        locale = Locale.forLanguageTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, tag, Map.of("maxAge", 60 * 60 * 24 * 365, "path", "/",
                "httpOnly", true, "SameSite", "Lax"));
        if (currentUser.isSignedIn()) {
            accounts.changeLocale(currentUser.userId(), locale);
            currentUser.refresh(null);
        }
        faces.getViewRoot().setLocale(locale);
        // back to the same page with its view parameters (?id=…), which a postback's URL does not carry
        String viewId = faces.getViewRoot().getViewId();
        external.redirect(faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, viewId, java.util.Map.of(), true));
    }

    /** Called after login: the account's language wins over the anonymous choice. */
    public void adoptAccountLanguage() {
        fromAccount = false;
    }

    private static Locale fromRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Languages.DEFAULT;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}

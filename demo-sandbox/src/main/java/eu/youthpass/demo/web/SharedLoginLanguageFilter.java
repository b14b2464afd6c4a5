package eu.youthpass.demo.web;

import eu.youthpass.demo.DemoAccounts;
import eu.youthpass.demo.DemoSettings;
import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.i18n.LocaleSelection;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * After login the platform shows pages in the account's language. The demo's one login is shared by people of every
 * language, so just before someone logs in with it, its language becomes the one this visitor chose (the switcher's
 * cookie) or their browser asks for: nobody inherits the previous visitor's choice.
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class SharedLoginLanguageFilter extends HttpFilter {

    @Inject
    DemoSettings settings;

    @Inject
    DemoAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            String email = request.getParameter("login:email");
            if (email != null && email.strip().equalsIgnoreCase(settings.login())) {
                accounts.speakToSharedLoginIn(visitorLanguage(request));
            }
        }
        chain.doFilter(request, response);
    }

    private static Locale visitorLanguage(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LocaleSelection.COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}

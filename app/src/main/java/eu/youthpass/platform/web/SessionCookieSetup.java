package eu.youthpass.platform.web;

import eu.youthpass.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/** Session cookie: HttpOnly and SameSite=Lax always, Secure when the platform is served over HTTPS. */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("YPSESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.servedOverHttps());
        cookie.setAttribute("SameSite", "Lax");
    }
}

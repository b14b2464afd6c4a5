package eu.youthpass.platform.web;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.WebClient;
import eu.youthpass.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a visitor sees when something is not there, has expired or went wrong: our own page in their language,
 * with the right status, and never a stack trace or the server's own error page.
 */
class ErrorPagesIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void anUnknownAddressGivesTheTranslatedNotFoundPage() {
        for (String path : new String[]{"/no-such-page.xhtml", "/no/such/folder", "/index.html"}) {
            Page english = new WebClient(platform.baseUrl()).get(path);
            assertEquals(404, english.status(), path);
            assertEquals("Page not found · Youthpass", english.title(), path);
            assertTrue(english.text().contains("There is nothing here, or you do not have access to it."), english.text());
            assertTrue(english.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"), path);
            assertNoStackTrace(english);
        }

        Page byBrowserLanguage = new WebClient(platform.baseUrl()).acceptLanguage("lv,en;q=0.5").get("/no-such-page.xhtml");
        assertEquals(404, byBrowserLanguage.status());
        assertEquals("Lapa nav atrasta · Youthpass", byBrowserLanguage.title());
        assertTrue(byBrowserLanguage.text().contains("Šeit nekā nav, vai jums tam nav piekļuves."), byBrowserLanguage.text());
        assertTrue(byBrowserLanguage.body().contains("lang=\"lv\""));
        assertNoStackTrace(byBrowserLanguage);

        WebClient chose = new WebClient(platform.baseUrl()).acceptLanguage("en");
        chose.setCookie("yp_lang", "lv");
        Page byChoice = chose.get("/no/such/folder");
        assertEquals(404, byChoice.status());
        assertEquals("Lapa nav atrasta · Youthpass", byChoice.title());
        assertNoStackTrace(byChoice);
    }

    @Test
    void aPostWithAStaleViewGivesTheTranslatedExpiredPage() {
        WebClient visitor = new WebClient(platform.baseUrl());
        Page login = visitor.get("/login.xhtml");
        Page expired = visitor.post("/login.xhtml", loginForm(login, "-1:-1"));
        assertEquals(400, expired.status(), expired.toString());
        assertEquals("The page has expired · Youthpass", expired.title());
        assertTrue(expired.text().contains("You were away for a while, so this page expired. Please open it again."), expired.text());
        assertNoStackTrace(expired);

        WebClient latvian = new WebClient(platform.baseUrl()).acceptLanguage("lv");
        Page lvLogin = latvian.get("/login.xhtml");
        Page lvExpired = latvian.post("/login.xhtml", loginForm(lvLogin, "-1:-1"));
        assertEquals(400, lvExpired.status());
        assertEquals("Lapas derīgums beidzies · Youthpass", lvExpired.title());
        assertNoStackTrace(lvExpired);

        // the same post without PrimeFaces' nonce either, as a script would send it
        Map<String, String> bare = loginForm(login, "-1:-1");
        bare.remove("primefaces.nonce");
        Page bareExpired = visitor.post("/login.xhtml", bare);
        assertEquals(400, bareExpired.status(), bareExpired.toString());
        assertEquals("The page has expired · Youthpass", bareExpired.title());
        assertNoStackTrace(bareExpired);
    }

    @Test
    void aFormSentAfterTheSessionEndedShowsTheExpiredPageInTheBrowser() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml").fill("First name", "Laura").fill("Last name", "Lēnā");
            browser.driver().manage().deleteCookieNamed("YPSESSION"); // the session timed out meanwhile
            browser.click("Register");
            assertEquals("The page has expired", browser.title());
            assertTrue(browser.text().contains("Please open it again."), browser.text());
            assertFalse(browser.text().contains("Exception"), browser.text());
            browser.click("Go to the start page");
            assertEquals("Youthpass", browser.title());
        }
    }

    @Test
    void aFailureInsideAPageGivesTheTranslatedErrorPageWithStatus500() {
        // PrimeFaces refuses to render a form post whose CSP nonce is not the page's own: an exception in the render phase
        WebClient visitor = new WebClient(platform.baseUrl());
        Page login = visitor.get("/login.xhtml");
        Map<String, String> form = loginForm(login, login.viewState());
        form.put("primefaces.nonce", "bm90IHRoZSBub25jZQ==");
        Page failed = visitor.post("/login.xhtml", form);
        assertEquals(500, failed.status(), failed.toString());
        assertEquals("Something went wrong · Youthpass", failed.title());
        assertTrue(failed.text().contains("Sorry, something went wrong on our side."), failed.text());
        assertEquals("DENY", failed.header("X-Frame-Options"));
        assertNoStackTrace(failed);

        WebClient latvian = new WebClient(platform.baseUrl()).acceptLanguage("lv");
        Page lvLogin = latvian.get("/login.xhtml");
        Map<String, String> lvForm = loginForm(lvLogin, lvLogin.viewState());
        lvForm.put("primefaces.nonce", "bm90IHRoZSBub25jZQ==");
        Page lvFailed = latvian.post("/login.xhtml", lvForm);
        assertEquals(500, lvFailed.status());
        assertEquals("Kaut kas nogāja greizi · Youthpass", lvFailed.title());
        assertNoStackTrace(lvFailed);
    }

    private static Map<String, String> loginForm(Page login, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "nobody@example.org");
        form.put("login:password", "not a real password");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", login.nonce());
        return form;
    }

    /** No trace, no server error page. PrimeFaces lists the mapped exception classes in a script: the text is checked. */
    private static void assertNoStackTrace(Page page) {
        assertFalse(page.text().contains("Exception"), page + ":\n" + page.text());
        assertFalse(page.body().contains("at eu.youthpass"), page + ":\n" + page.body());
        assertFalse(page.body().contains("at org."), page + ":\n" + page.body());
        assertFalse(page.body().contains("Caused by"), page + ":\n" + page.body());
        assertFalse(page.body().contains("Payara"), page + ":\n" + page.body());
        assertTrue(page.body().strip().endsWith("</html>"), "a complete page: " + page);
    }
}

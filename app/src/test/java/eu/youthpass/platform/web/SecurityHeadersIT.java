package eu.youthpass.platform.web;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.WebClient;
import eu.youthpass.testing.WebClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a browser is told to protect the user with, and what the server refuses: headers on every page, the session
 * cookie, session fixation, CSRF, login throttling and who may open which pages. Plain HTTP, except the login
 * whose session id is compared in a real browser.
 */
class SecurityHeadersIT {

    private static final PlatformServer platform = PlatformServer.get();
    private static final String PASSWORD = "Drošs teikums ar vārdiem 2026";
    private static String member;

    @BeforeAll
    static void anOrganisationUser() {
        member = People.email("sigita");
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Sigita", "Drošā", member, PASSWORD, "Drošības biedrība");
        }
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        List<String> problems = new ArrayList<>();
        WebClient anonymous = new WebClient(platform.baseUrl());
        Map<String, Integer> anonymousPages = new LinkedHashMap<>();
        anonymousPages.put("/", 200);
        anonymousPages.put("/index.xhtml", 200);
        anonymousPages.put("/login.xhtml", 200);
        anonymousPages.put("/register.xhtml", 200);
        anonymousPages.put("/forgot-password.xhtml", 200);
        anonymousPages.put("/check-email.xhtml?for=registration", 200);
        anonymousPages.put("/confirm.xhtml?token=made-up", 200);
        anonymousPages.put("/reset-password.xhtml?token=made-up", 200);
        anonymousPages.put("/no-such-page.xhtml", 404);
        anonymousPages.put("/WEB-INF/web.xml", 404);
        anonymousPages.put("/jakarta.faces.resource/yp/youthpass.css.xhtml", 200);
        anonymousPages.forEach((path, status) -> check(anonymous.get(path), status, problems));

        WebClient user = new WebClient(platform.baseUrl());
        assertEquals(302, user.login(member, PASSWORD).status());
        Map<String, Integer> userPages = new LinkedHashMap<>();
        userPages.put("/index.xhtml", 200);
        userPages.put("/account/profile.xhtml", 200);
        userPages.put("/account/password.xhtml", 200);
        userPages.put("/organisation/members.xhtml", 200);
        userPages.put("/organisation/new.xhtml", 200);
        userPages.put("/helpdesk/index.xhtml", 404); // refused (403) and shown as "not found"
        userPages.forEach((path, status) -> check(user.get(path), status, problems));

        WebClient helpdesk = new WebClient(platform.baseUrl());
        assertEquals(302, helpdesk.login(PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD).status());
        check(helpdesk.get("/helpdesk/index.xhtml"), 200, problems);
        check(helpdesk.get("/helpdesk/outbox.xhtml"), 200, problems);

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(Page page, int status, List<String> problems) {
        if (page.status() != status) {
            problems.add(page + ": status " + page.status() + ", expected " + status);
        }
        List<String> policies = page.headers("Content-Security-Policy");
        if (policies.stream().noneMatch(p -> p.contains("frame-ancestors 'none'"))) {
            problems.add(page + ": no Content-Security-Policy with frame-ancestors 'none': " + policies);
        }
        if (policies.stream().noneMatch(p -> p.contains("object-src 'none'") && p.contains("default-src 'self'"))) {
            problems.add(page + ": the Content-Security-Policy does not limit sources: " + policies);
        }
        if (!"nosniff".equals(page.header("X-Content-Type-Options"))) {
            problems.add(page + ": X-Content-Type-Options is " + page.header("X-Content-Type-Options"));
        }
        if (!"same-origin".equals(page.header("Referrer-Policy"))) {
            problems.add(page + ": Referrer-Policy is " + page.header("Referrer-Policy"));
        }
        if (!"DENY".equals(page.header("X-Frame-Options")) || page.headers("X-Frame-Options").size() != 1) {
            problems.add(page + ": X-Frame-Options is " + page.headers("X-Frame-Options"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        WebClient visitor = new WebClient(platform.baseUrl());
        String first = visitor.get("/login.xhtml").setCookie("YPSESSION");
        assertNotNull(first, "the login page starts a session");
        assertSessionCookieFlags(first);

        String afterLogin = visitor.login(member, PASSWORD).setCookie("YPSESSION");
        assertNotNull(afterLogin, "a login sets a new session cookie");
        assertSessionCookieFlags(afterLogin);
    }

    private static void assertSessionCookieFlags(String setCookie) {
        List<String> attributes = List.of(setCookie.toLowerCase(Locale.ROOT).split(";\\s*"));
        assertTrue(attributes.contains("httponly"), setCookie);
        assertTrue(attributes.contains("samesite=lax"), setCookie);
        assertTrue(attributes.contains("path=/"), setCookie);
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsWorthNothing() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/login.xhtml");
            String before = browser.cookie("YPSESSION");
            assertNotNull(before);
            Journeys.login(browser, member, PASSWORD);
            assertEquals("/index.xhtml", browser.path());
            String after = browser.cookie("YPSESSION");
            assertNotNull(after);
            assertNotEquals(before, after, "the session id must change at login (session fixation)");

            WebClient withOldId = new WebClient(platform.baseUrl());
            withOldId.setCookie("YPSESSION", before);
            Page members = withOldId.get("/organisation/members.xhtml");
            assertEquals(302, members.status(), members.toString());
            assertTrue(members.location().endsWith("/login.xhtml"), members.location());

            WebClient withNewId = new WebClient(platform.baseUrl());
            withNewId.setCookie("YPSESSION", after);
            assertEquals(200, withNewId.get("/organisation/members.xhtml").status(), "the new id is the signed-in session");
        }
    }

    @Test
    void aFormPostWithoutTheRightViewStateIsRefused() {
        WebClient attacker = new WebClient(platform.baseUrl());
        Page login = attacker.get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", member);
        form.put("login:password", PASSWORD);
        form.put("login:submit", "");
        form.put("primefaces.nonce", login.nonce());

        form.put("jakarta.faces.ViewState", "-4242424242424242:1234567890123456");
        Page forged = attacker.post("/login.xhtml", form);
        assertEquals(400, forged.status(), forged.toString());
        assertEquals("The page has expired · Youthpass", forged.title());
        assertNull(forged.location(), "no redirect into the platform");
        assertEquals(302, attacker.get("/account/profile.xhtml").status(), "still not signed in");

        form.remove("jakarta.faces.ViewState");
        Page withoutState = attacker.post("/login.xhtml", form);
        assertNull(withoutState.location(), "a post without any view state does not log in: " + withoutState);
        assertEquals(302, attacker.get("/account/profile.xhtml").status(), "still not signed in");

        // the same post from another site's page: no session cookie, so no view state to match
        WebClient otherSite = new WebClient(platform.baseUrl());
        form.put("jakarta.faces.ViewState", login.viewState());
        Page crossSite = otherSite.post("/login.xhtml", form);
        assertEquals(400, crossSite.status(), crossSite.toString());
        assertEquals("The page has expired · Youthpass", crossSite.title());

        // control: with the page's own view state, the very same post logs in (and continues to the page asked for)
        Page real = attacker.post("/login.xhtml", form);
        assertEquals(302, real.status(), real.toString());
        assertEquals(platform.url("/account/profile.xhtml"), real.location());
        assertEquals(200, attacker.get("/account/profile.xhtml").status());
    }

    @Test
    void loginIsThrottledAfterFiveFailuresForOneAddress() {
        String email = People.email("throttled");
        String password = "Pareizā parole ir šī 2026";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Toms", "Bremze", email, password, "Bremžu biedrība");
        }
        WebClient guesser = new WebClient(platform.baseUrl());
        for (int attempt = 1; attempt <= 5; attempt++) {
            Page failed = guesser.login(email, "wrong guess number " + attempt);
            assertEquals(200, failed.status());
            assertTrue(failed.text().contains("The e-mail address or the password is not right"), attempt + ": " + failed.text());
            assertFalse(failed.text().contains("Too many attempts"), attempt + ": " + failed.text());
        }
        Page sixth = guesser.login(email, password);
        assertEquals(200, sixth.status(), "no redirect into the platform: " + sixth);
        assertTrue(sixth.text().contains("Too many attempts. Please wait"), sixth.text());
        assertEquals(302, guesser.get("/account/profile.xhtml").status(), "not signed in");

        // the throttle is per address: another account still logs in from the same client
        WebClient colleague = new WebClient(platform.baseUrl());
        assertEquals(302, colleague.login(member, PASSWORD).status());

        // and in Latvian the refusal is Latvian
        WebClient latvian = new WebClient(platform.baseUrl()).acceptLanguage("lv");
        Page lv = latvian.login(email, password);
        assertTrue(lv.text().contains("Pārāk daudz mēģinājumu."), lv.text());
    }

    @Test
    void helpdeskPagesAreNotForOrganisationUsersAndMemberPagesNotForAnonymousVisitors() {
        WebClient user = new WebClient(platform.baseUrl());
        assertEquals(302, user.login(member, PASSWORD).status());
        for (String path : List.of("/helpdesk/index.xhtml", "/helpdesk/outbox.xhtml")) {
            Page refused = user.get(path);
            assertEquals(404, refused.status(), path + ": " + refused);
            assertEquals("Page not found · Youthpass", refused.title(), path);
            assertFalse(refused.text().contains("User accounts"), "no helpdesk figures: " + refused.text());
            assertFalse(refused.text().contains(PlatformServer.ADMIN_EMAIL), refused.text());
        }
        assertEquals(200, user.get("/organisation/members.xhtml").status(), "control: the member's own page opens");

        WebClient anonymous = new WebClient(platform.baseUrl());
        for (String path : List.of("/organisation/members.xhtml", "/account/profile.xhtml", "/helpdesk/index.xhtml")) {
            Page redirected = anonymous.get(path);
            assertEquals(302, redirected.status(), path + ": " + redirected);
            assertEquals(platform.url("/login.xhtml"), redirected.location(), path);
            assertFalse(redirected.body().contains("Members"), path + ": " + redirected.body());
        }
    }
}

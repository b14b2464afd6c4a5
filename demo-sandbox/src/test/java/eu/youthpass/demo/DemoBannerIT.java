package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo sandbox jar starts and says on every page, in the viewer's language, that it is a demo. */
class DemoBannerIT {

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void everyPageCarriesTheDemoBannerInTheViewersLanguage() {
        try (Browser browser = new Browser(demo.baseUrl())) {
            for (String page : new String[]{"/", "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml", "/no-such-page"}) {
                browser.open(page);
                assertTrue(browser.text().startsWith("Demo\nThis is the Youthpass demo"), page + ":\n" + browser.text());
            }
            browser.open("/login.xhtml").click("latviešu");
            assertEquals("lv", browser.htmlLang());
            assertTrue(browser.text().contains("Demonstrācija\nŠī ir Youthpass demonstrācijas vide"), browser.text());
            browser.screenshot("demo-login-lv");
        }
    }
}

package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo sandbox jar starts and says on every page, in the viewer's language, that it is a demo and when it is wiped next. */
class DemoBannerIT {

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void everyPageCarriesTheDemoBannerInTheViewersLanguage() {
        try (Browser browser = new Browser(demo.baseUrl())) {
            for (String page : new String[]{"/", "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml", "/no-such-page"}) {
                browser.open(page);
                assertTrue(browser.text().startsWith("Demo\nThis is the Youthpass demo"), page + ":\n" + browser.text());
                assertTrue(browser.textOf("demoNextWipe").matches(
                        "All data is deleted every week\\. Next deletion: Sunday \\d{1,2} \\w+ \\d{4} at 20:00 \\(Central European (Standard |Summer )?Time\\)\\."),
                        browser.textOf("demoNextWipe"));
            }
            browser.open("/login.xhtml").click("latviešu");
            assertEquals("lv", browser.htmlLang());
            assertTrue(browser.text().contains("Demonstrācija\nŠī ir Youthpass demonstrācijas vide"), browser.text());
            assertTrue(browser.textOf("demoNextWipe").matches(
                    "Visi dati tiek dzēsti katru nedēļu\\. Nākamā dzēšana: svētdiena, \\d{4}\\. gada \\d{1,2}\\. \\p{L}+ plkst\\. 20:00 \\(.+\\)\\."),
                    browser.textOf("demoNextWipe"));
            browser.screenshot("demo-login-lv");
        }
    }
}

package eu.youthpass.learning;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebAddressTest {

    @ParameterizedTest
    @CsvSource({
            "https://example.org/blog/post-1, https://example.org/blog/post-1",
            "  http://example.org  , http://example.org",
            "HTTPS://Example.org/x?y=1#z, HTTPS://Example.org/x?y=1#z",
            "example.org/my-video, https://example.org/my-video",
            "www.youtube.com/watch?v=abc, https://www.youtube.com/watch?v=abc"
    })
    void acceptsWebAddresses(String typed, String stored) {
        assertEquals(stored, WebAddress.parse(typed).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "file:///etc/passwd", "ftp://example.org",
            "https://", "http:///path", "mailto:a@example.org", "not a link", "", "   ",
            "https://exa mple.org", "https://example.org/\tx", "//example.org/x"})
    void refusesEverythingElse(String typed) {
        assertTrue(WebAddress.parse(typed).isEmpty(), typed);
    }
}

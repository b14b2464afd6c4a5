package eu.youthpass.platform.mail;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final String LINK = "https://youthpass.example/confirm.xhtml?token=abc_DEF-123&join=x";

    @Test
    void composesTheConfirmationMailInEnglish() {
        Mail mail = Mail.compose("anna@example.org", Locale.ENGLISH, "confirm", "Anna", LINK, 7L);

        assertEquals("anna@example.org", mail.recipient());
        assertEquals(Locale.ENGLISH, mail.locale());
        assertEquals("Confirm your e-mail address for Youthpass", mail.subject());
        assertTrue(mail.text().startsWith("Hello Anna,\n\n"), mail.text());
        assertTrue(mail.text().contains("\n" + LINK + "\n"), mail.text());
        assertTrue(mail.text().contains("The link works for 7 days."), mail.text());
        assertTrue(mail.text().endsWith("\n\n— Youthpass"), mail.text());
        assertFalse(mail.text().contains("{"), mail.text());
    }

    @Test
    void composesTheConfirmationMailInLatvian() {
        Mail mail = Mail.compose("janis@example.lv", LATVIAN, "confirm", "Jānis", LINK, 7L);

        assertEquals("Apstipriniet savu e-pasta adresi Youthpass", mail.subject());
        assertTrue(mail.text().startsWith("Sveiki, Jānis!\n\n"), mail.text());
        assertTrue(mail.text().contains("\n" + LINK + "\n"), mail.text());
        assertTrue(mail.text().contains("Saite darbojas 7 dienas."), mail.text());
        assertTrue(mail.text().endsWith("— Youthpass"), mail.text());
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"lv\">"), mail.html());
    }

    @Test
    void unsupportedLanguageGetsEnglish() {
        Mail mail = Mail.compose("a@example.de", Locale.GERMAN, "confirm", "Anna", LINK, 7L);
        assertEquals("Confirm your e-mail address for Youthpass", mail.subject());
    }

    @Test
    void subjectArgumentsAreFilledIn() {
        Mail mail = Mail.compose("a@example.org", Locale.ENGLISH, "member_invitation",
                "Jānis", "Biedrība “Rīga”", "https://youthpass.example/join?token=t", 14L);
        assertEquals("Jānis invites you to join Biedrība “Rīga” on Youthpass", mail.subject());
        assertTrue(mail.text().contains("(it works for 14 days)"), mail.text());
    }

    @Test
    void htmlPartEscapesMarkupInArguments() {
        Mail mail = Mail.compose("a@example.org", Locale.ENGLISH, "confirm",
                "<script>alert(\"x\")</script> & Co", LINK, 7L);

        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co,"),
                mail.html());
        // the text part is plain text and keeps the name as typed
        assertTrue(mail.text().contains("<script>alert(\"x\")</script> & Co"), mail.text());
    }

    @Test
    void htmlPartTurnsLinksIntoAnchorsAndTextPartKeepsThemPlain() {
        Mail mail = Mail.compose("a@example.org", Locale.ENGLISH, "confirm", "Anna", LINK, 7L);
        String escapedLink = LINK.replace("&", "&amp;");

        assertTrue(mail.html().contains("<a href=\"" + escapedLink + "\">" + escapedLink + "</a>"), mail.html());
        assertFalse(mail.text().contains("<a "), mail.text());
        assertFalse(mail.text().contains("&amp;"), mail.text());
    }

    @Test
    void toHtmlMakesParagraphsAndLineBreaks() {
        String html = Mail.toHtml("first\nline\n\nsecond", Locale.ENGLISH);
        assertEquals("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:Arial,sans-serif;line-height:1.5;"
                + "color:#1d2b36\"><p>first<br>line</p><p>second</p></body></html>", html);
    }

    @Test
    void toHtmlEscapesScriptTags() {
        String html = Mail.toHtml("<script>alert(1)</script>", Locale.ENGLISH);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
    }

    @Test
    void toHtmlLinksHttpAndHttpsButNothingElse() {
        String html = Mail.toHtml("see http://a.example/x and https://b.example/y?q=1 or ftp://c.example/z",
                Locale.ENGLISH);
        assertTrue(html.contains("<a href=\"http://a.example/x\">http://a.example/x</a>"), html);
        assertTrue(html.contains("<a href=\"https://b.example/y?q=1\">https://b.example/y?q=1</a>"), html);
        assertFalse(html.contains("href=\"ftp:"), html);
    }

    @Test
    void aLinkCannotBreakOutOfTheHrefAttribute() {
        String html = Mail.toHtml("https://evil.example/\"onmouseover=\"alert(1)", Locale.ENGLISH);
        assertFalse(html.contains("\"onmouseover"), html);
        assertTrue(html.contains("<a href=\"https://evil.example/&quot;onmouseover=&quot;alert(1)\">"), html);
    }

    @Test
    void escapeHandlesAllHtmlSpecialCharacters() {
        assertEquals("&lt;b&gt; &amp;amp; &quot;q&quot;", Mail.escape("<b> &amp; \"q\""));
    }
}

package eu.youthpass.platform.mail;

import eu.youthpass.platform.i18n.Texts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A composed mail in its recipient's language, with a plain-text part and an HTML part made from the same text.
 * Texts come from the bundle: {@code mail.<name>.subject} and {@code mail.<name>.body}, whose {@code {0}…}
 * are filled with the arguments; links stay plain in the text part and become anchors in the HTML part.
 */
public record Mail(String recipient, Locale locale, String subject, String text, String html) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    public static Mail compose(String recipient, Locale locale, String name, Object... arguments) {
        String subject = Texts.format(locale, "mail." + name + ".subject", arguments);
        String body = Texts.format(locale, "mail." + name + ".body", arguments)
                + "\n\n" + Texts.get(locale, "mail.signature");
        return new Mail(recipient, locale, subject, body, toHtml(body, locale));
    }

    /** The links in the text part, in order (the outbox logs them when there is no SMTP server). */
    public java.util.List<String> links() {
        return LINK.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    static String toHtml(String text, Locale locale) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body style=\"font-family:Arial,sans-serif;line-height:1.5;color:#1d2b36\">");
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(linkify(escape(paragraph)).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linkify(String escaped) {
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package eu.youthpass.demo.web;

import eu.youthpass.demo.mail.DemoMailbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** demo/mailbox.xhtml: the mails of the current demo organisation, with their links ready to click. */
@Named
@RequestScoped
public class DemoMailboxBacking {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    @Inject
    DemoMailbox mailbox;

    private List<DemoMailbox.DemoMail> mails;

    public List<DemoMailbox.DemoMail> getMails() {
        if (mails == null) {
            mails = mailbox.newestFirst();
        }
        return mails;
    }

    /** The mail's text as HTML: escaped, with its links as anchors. */
    public String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
